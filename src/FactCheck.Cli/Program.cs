using System.CommandLine;
using System.Runtime.InteropServices;
using FactCheck;
using FactCheck.Cli;
using FactCheck.Workflows;

return await Cli.Run(args, Console.Out, Console.Error);

namespace FactCheck.Cli
{
    public static class Cli
    {
        /// <summary>
        /// Parses with System.CommandLine and runs the command. Exit codes: 0 done, 1 configuration or invalid state,
        /// 2 bad input, 3 not found, 4 refused, 5 conflict, 6 invalid workflow definitions, 7 database error, 130 stopped by Ctrl+C.
        /// </summary>
        public static async Task<int> Run(string[] argv, TextWriter stdout, TextWriter stderr)
        {
            var root = Commands.Build(stdout, stderr);
            // Ctrl+C and SIGTERM cancel the command's token (long work stops between items and says what was done); a
            // second Ctrl+C ends the process at once.
            using var stop = new CancellationTokenSource();
            void Stop(PosixSignalContext c) { if (stop.IsCancellationRequested) return; c.Cancel = true; stop.Cancel(); }
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            if (argv.Length == 0 || argv is ["help"])
            {
                await root.Parse("--help").InvokeAsync(config);
                return argv.Length == 0 ? 2 : 0;
            }
            var parse = root.Parse(argv);
            if (parse.Errors.Count > 0)
            {
                Commands.Explain(parse, stderr);
                return 2;
            }
            try { return await parse.InvokeAsync(config, stop.Token); }
            catch (UsageException ex) { stderr.WriteLine($"error: {ex.Message}"); stderr.WriteLine($"run 'factcheck {string.Join(' ', argv.TakeWhile(x => !x.StartsWith('-')).Take(2))} --help' for usage"); return 2; }
            catch (FactCheckException ex) { stderr.WriteLine($"error: {ex.Message}"); return ex.ExitCode; }
            catch (WorkflowLoadException ex) { stderr.WriteLine($"error: {ex.Message}"); return 6; }
            catch (InvalidOperationException ex) { stderr.WriteLine($"error: {ex.Message}"); return 1; }
            catch (System.Data.Common.DbException ex) { stderr.WriteLine($"database error: {ex.Message}"); return 7; }
            catch (OperationCanceledException) { stderr.WriteLine("stopped"); return 130; }
        }
    }
}
