import Foundation

extension StageRegistry {
    /// Adds every stage of a plugin library, or none of them.
    ///
    /// - Throws: ``PluginError`` naming the plugin when one of its stage names is already taken.
    public mutating func register(_ library: PluginLibrary) throws(PluginError) {
        var updated = self
        for factory in library.factories {
            do {
                try updated.register(factory)
            } catch {
                throw PluginError(library.path, .nameClash(stage: error.name, existing: error.existing))
            }
        }
        self = updated
    }
}

extension PipelineLoader {
    /// The registry for one pipeline: this loader's stages plus those of the plugins given on the command line
    /// (`pluginPaths`) and of the pipeline's own `plugins:`, which resolve against the pipeline file's folder.
    ///
    /// - Throws: ``PipelineError`` with one diagnostic per plugin that cannot be loaded, at its line in the file.
    func registryWithPlugins(for spec: PipelineSpec, baseDirectory: String) throws(PipelineError) -> StageRegistry {
        guard !spec.plugins.isEmpty || !pluginPaths.isEmpty else { return registry }
        var registry = registry
        var problems: [Diagnostic] = []
        // The same library named twice (on the command line and in the file) is loaded once.
        var loaded: Set<String> = []
        func isNew(_ path: String) -> Bool {
            loaded.insert(URL(fileURLWithPath: path).resolvingSymlinksInPath().path).inserted
        }
        for path in pluginPaths where isNew(path) {
            do {
                try registry.register(PluginLibrary(path: path))
            } catch {
                problems.append(Diagnostic(file: path, location: nil, message: error.description))
            }
        }
        let context = StageContext(baseDirectory: baseDirectory)
        for plugin in spec.plugins where isNew(context.resolve(plugin.path)) {
            do {
                try registry.register(PluginLibrary(path: context.resolve(plugin.path)))
            } catch {
                problems.append(Diagnostic(file: spec.file, location: plugin.location, message: error.description))
            }
        }
        guard problems.isEmpty else { throw PipelineError(problems) }
        return registry
    }
}
