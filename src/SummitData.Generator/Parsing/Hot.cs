using System.Runtime.CompilerServices;

namespace SummitData.Generator.Parsing
{
    /// <summary>
    /// How the parser's hot methods are compiled. In the generator, <c>AggressiveOptimization</c> (written as its value,
    /// 512, which <c>netstandard2.0</c> does not name): the compiler runs a generator once in a fresh process, where the
    /// runtime would run these methods unoptimised (tier 0) for most of the run, as new methods keep being compiled until
    /// its end (docs/benchmarks.md, "The generator in a build: a cold run"). The runtime library compiles the same files
    /// for its loader, which a program calls in a long-lived process or for a few documents: there tiering is left as it is.
    /// </summary>
    internal static class Hot
    {
#if SUMMITDATA_GENERATOR
        public const MethodImplOptions Optimized = (MethodImplOptions)512;
#else
        public const MethodImplOptions Optimized = 0;
#endif
    }
}
