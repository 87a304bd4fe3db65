namespace FactCheck.Cli;

public static class Bench
{
    public static Task<int> Run(Args a, TextWriter o) => throw new UsageException("bench: not built yet");
}
