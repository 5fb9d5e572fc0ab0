namespace SummitData.Generator
{
    /// <summary>Names of the pipeline steps, so tests can assert which steps ran and which were cached.</summary>
    internal static class TrackingNames
    {
        public const string Settings = nameof(Settings);
        public const string Parse = nameof(Parse);
        public const string Documents = nameof(Documents);
        public const string DocumentDiagnostics = nameof(DocumentDiagnostics);
        public const string Corpus = nameof(Corpus);
        public const string CorpusDiagnostics = nameof(CorpusDiagnostics);
        public const string CorpusModel = nameof(CorpusModel);
        public const string DocumentModel = nameof(DocumentModel);
        public const string DocumentContext = nameof(DocumentContext);
        public const string DataSize = nameof(DataSize);
        public const string OutputSettings = nameof(OutputSettings);
        public const string DocumentOutput = nameof(DocumentOutput);
        public const string PackLine = nameof(PackLine);
        public const string PackFiles = nameof(PackFiles);
        public const string PackOutput = nameof(PackOutput);
        public const string Layout = nameof(Layout);
        public const string Chunks = nameof(Chunks);
        public const string Index = nameof(Index);
        public const string ChunkOutput = nameof(ChunkOutput);
        public const string CorpusOutput = nameof(CorpusOutput);
    }
}
