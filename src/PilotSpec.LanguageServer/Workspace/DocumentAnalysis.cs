using System.Collections.Immutable;
using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Configuration;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Text;

namespace PilotSpec.LanguageServer.Workspace;

/// <summary>
/// One open document compiled as the command line compiles a spec: the document is the
/// root, its imports are followed (open buffers first), and the nearest pilotspec.json
/// sets severities.
/// </summary>
public sealed class DocumentAnalysis
{
    private readonly Lazy<SemanticModel> _model;
    private readonly Lazy<(BoundProgram Program, SymbolCatalog Symbols)> _bound;
    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;

    private DocumentAnalysis(WorkspaceSnapshot snapshot, OpenDocument document, ProjectConfiguration configuration, PilotCompilation compilation)
    {
        Snapshot = snapshot;
        Document = document;
        Configuration = configuration;
        Compilation = compilation;
        LineIndex = snapshot.LineIndexOf(document.Text);
        _model = new Lazy<SemanticModel>(() =>
        {
            _ = Program; // binds through this analysis, so that its symbols are recorded
            return Compilation.GetSemanticModel(Tree);
        });
        _bound = new Lazy<(BoundProgram, SymbolCatalog)>(
            () =>
            {
                var program = Compilation.Program;
                var symbols = SymbolCatalog.Of(snapshot.Generation, program.Table.Symbols);
                snapshot.Session.BoundSymbols.Record(document.Uri, symbols);
                return (program, symbols);
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
        _diagnostics = new Lazy<ImmutableArray<Diagnostic>>(() =>
        {
            _ = Program; // binds first, so that completion can use this analysis while the checks run
            return Compilation.GetDiagnostics().Where(d => d.Location.FilePath == Document.Path).ToImmutableArray();
        });
    }

    public static DocumentAnalysis Create(WorkspaceSnapshot snapshot, OpenDocument document)
    {
        var configuration = snapshot.Session.Configurations.For(document.Path, snapshot.RootFolder);
        var options = configuration.ApplyTo(CompilationOptions.Default with { SourceResolver = new OpenDocumentSourceResolver(snapshot) });
        var compilation = PilotCompilation.Create(new[] { document.SyntaxTree }, options);
        return new DocumentAnalysis(snapshot, document, configuration, compilation);
    }

    public WorkspaceSnapshot Snapshot { get; }

    public OpenDocument Document { get; }

    public ProjectConfiguration Configuration { get; }

    public PilotCompilation Compilation { get; }

    public SyntaxTree Tree => Document.SyntaxTree;

    public LineIndex LineIndex { get; }

    public SemanticModel Model => _model.Value;

    /// <summary>The bound program (the compilation's); once bound, its symbols are recorded as the document's newest (see BoundSymbols).</summary>
    public BoundProgram Program => _bound.Value.Program;

    /// <summary>The declared symbols of <see cref="Program"/> as completion offers them, in the order of its symbol table.</summary>
    public SymbolCatalog Symbols => _bound.Value.Symbols;

    /// <summary>Whether <see cref="Program"/> is bound already: reading it then costs nothing.</summary>
    public bool IsBound => _bound.IsValueCreated;

    /// <summary>This document's diagnostics (findings located in imported files belong to those files).</summary>
    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.Value;

    /// <summary>The paths of every file this compilation read (the document and its imports).</summary>
    public IEnumerable<string> FilePaths => Compilation.SyntaxTrees.Select(t => t.FilePath);

    /// <summary>The tree of a file in this compilation, by path.</summary>
    public SyntaxTree? TreeOf(string path) => Compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == path);
}
