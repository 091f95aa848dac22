import TextPipeClean
import TextPipeCore
import TextPipeDecode
import TextPipeEntityTag
import TextPipeNumberExtract
import TextPipeSentenceSplit
import TextPipeSummarise

@_exported import struct TextPipeClean.CleanStage
@_exported import struct TextPipeDecode.DecodeStage
@_exported import struct TextPipeEntityTag.EntityTagStage
@_exported import struct TextPipeNumberExtract.NumberExtractStage
@_exported import struct TextPipeSentenceSplit.SentenceSplitStage
@_exported import struct TextPipeSummarise.SummariseStage

extension StageRegistry {
    /// The built-in stages: decode, clean, sentence_split, entity_tag, number_extract, summarise.
    public static var builtIn: StageRegistry {
        // The built-in names are distinct by construction; a clash here is a programming error.
        try! StageRegistry([
            DecodeStage.self, CleanStage.self, SentenceSplitStage.self, EntityTagStage.self,
            NumberExtractStage.self, SummariseStage.self,
        ])
    }
}
