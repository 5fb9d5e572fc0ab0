using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Text;

namespace SummitData.Tool;

/// <summary>
/// The <c>summitdata</c> command: <c>new</c>, <c>check</c>, <c>hash</c>, <c>coverage</c>, <c>report</c> and <c>export</c> over a
/// user's own annotated documents, with the library's parser, checks, folder walker and renderers.
/// </summary>
/// <remarks>
/// Exit codes: 0 when the command did its work and found no error; 1 when the documents have errors, coverage is under
/// <c>--fail-under</c>, or the command could not do its work (a message on standard error says why); 2 when the
/// command line itself is wrong.
/// </remarks>
internal static class Program
{
    /// <summary>The command did its work and found no error.</summary>
    public const int ExitOk = 0;

    /// <summary>The documents have errors, or the command could not do its work.</summary>
    public const int ExitFailure = 1;

    /// <summary>The command line is wrong.</summary>
    public const int ExitUsage = 2;

    private static int Main(string[] args)
    {
        // Diagnostics and reports hold typographic quotes and non-ASCII names: UTF-8 whatever the console's default.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return Run(args, new ToolConsole(Console.In, Console.Out, Console.Error, Interactive: !Console.IsErrorRedirected));
    }

    /// <summary>Runs the command with its input, output and errors on the given reader and writers; returns the exit code.</summary>
    internal static int Run(string[] args, ToolConsole console)
    {
        RootCommand root = Commands.Root(console);

        // No response files: an argument starting with '@' is a path like any other, never a file of more arguments.
        ParseResult parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Action is ParseErrorAction)
        {
            foreach (System.CommandLine.Parsing.ParseError error in parsed.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }

            string command = parsed.CommandResult.Command == root ? "summitdata" : $"summitdata {parsed.CommandResult.Command.Name}";
            console.Error.WriteLine($"Run '{command} --help' for usage.");
            return ExitUsage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            console.Error.WriteLine($"Run 'summitdata {parsed.CommandResult.Command.Name} --help' for usage.");
            return ExitUsage;
        }
        catch (ToolException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitFailure;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("error: cancelled.");
            return ExitFailure;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A message, never a stack trace: what failed, and that it is the tool's fault, not the documents'.
            console.Error.WriteLine($"error: unexpected failure ({e.GetType().Name}): {e.Message}. This is a bug in summitdata: please report it with the command line that gave it.");
            return ExitFailure;
        }
    }
}

/// <summary>Where a command reads its input (<c>new -</c>) and writes its output and messages.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output: the command's result (diagnostics, a report, a hash).</param>
/// <param name="Error">Standard error: messages about the run.</param>
/// <param name="Interactive">
/// Whether standard error is a terminal a person watches: long loads then show their progress there. False when it is
/// redirected (a file, a pipe, a CI log), where the result alone is written.
/// </param>
internal sealed record ToolConsole(TextReader In, TextWriter Out, TextWriter Error, bool Interactive = false);

/// <summary>A failure the user can act on: its message is printed as <c>error: message</c>, and the exit code is 1.</summary>
internal class ToolException : Exception
{
    public ToolException(string message)
        : base(message)
    {
    }

    public ToolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ToolException()
    {
    }
}

/// <summary>
/// Options that do not go together, found once the command line has parsed: printed as <c>error: message</c> with a
/// pointer to the command's help, and the exit code is 2, as for any other mistake in the command line.
/// </summary>
internal sealed class UsageException : ToolException
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UsageException()
    {
    }
}
