using System.Threading.Tasks;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;

namespace SummitData.Interactive;

/// <summary>
/// The kernel extension .NET Interactive loads from the package's <c>interactive-extensions/dotnet</c> folder when a
/// notebook runs <c>#r "nuget: SummitData"</c>: it registers <see cref="SummitDataFormatters"/> and makes
/// <see cref="RecordTables.ToTabularDataResource{T}(RecordSet{T})"/> callable from C# cells.
/// </summary>
public sealed class SummitDataKernelExtension : IKernelExtension
{
    /// <inheritdoc />
    public Task OnLoadAsync(Kernel kernel)
    {
        SummitDataFormatters.Register();

        // The kernel loads an extension's assembly but does not reference it from the cells; a deferred #r does,
        // before the next cell runs, so ToTabularDataResource() is found with `using SummitData;`.
        if (kernel.FindKernelByName("csharp") is { } csharp)
        {
            csharp.DeferCommand(new SubmitCode($"#r \"{typeof(SummitDataKernelExtension).Assembly.Location}\""));
        }

        return Task.CompletedTask;
    }
}
