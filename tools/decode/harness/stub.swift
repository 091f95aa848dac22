/// Stands in for TextPipeCore's StageError so the stage sources compile alone.
struct StageError: Error { var message: String; init(_ m: String) { message = m } }
