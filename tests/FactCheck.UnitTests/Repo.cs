namespace FactCheck.UnitTests;

public static class Repo
{
    /// <summary>The repository root, found from the test binaries by walking up to FactCheck.sln.</summary>
    public static string Root { get; } = Find();

    public static string Workflows => Path.Combine(Root, "workflows");

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FactCheck.sln"))) return dir.FullName;
        throw new InvalidOperationException("FactCheck.sln not found above " + AppContext.BaseDirectory);
    }
}
