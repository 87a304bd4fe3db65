using FactCheck.Workflows;

namespace FactCheck.Workflow;

/// <summary>What Core registers with the engine: roles, guard names and activity names the definitions may use.</summary>
public static class ClaimWorkflow
{
    public const string Id = "claim-review";

    public static class Roles
    {
        public const string FactChecker = "factchecker";
        public const string Editor = "editor";
        public const string Admin = "admin";
        public const string System = "system";
        public static readonly IReadOnlySet<string> UserRoles = new HashSet<string> { FactChecker, Editor, Admin };
        public static readonly IReadOnlySet<string> All = new HashSet<string> { FactChecker, Editor, Admin, System };
    }

    /// <summary>The activities Core registers (see CoreServices); hosts and tests may register more.</summary>
    /// <summary>The states the desk's rules name (the definition owns the rest).</summary>
    public static class States
    {
        public const string Intake = "intake";
        public const string Review = "review";
        public const string EditorApproval = "editor_approval";
        public const string Publishing = "publishing";
        public const string Published = "published";
        /// <summary>From here on the evidence is frozen: sources are not added, changed or removed (send back first).</summary>
        public static readonly IReadOnlySet<string> EvidenceFrozen = new HashSet<string> { EditorApproval, Publishing, Published, "archived", "unverifiable" };
        /// <summary>Where the claim as checked (statement, speaker, channel) can still be edited; in editor approval an edit withdraws the verdict.</summary>
        public static readonly IReadOnlySet<string> Editable = new HashSet<string> { Intake, "source_lookup", Review, EditorApproval };
    }

    public static readonly IReadOnlySet<string> BuiltInActivities = new HashSet<string> { "suggest-sources", "notify", "publish-card", "delay" };

    public static WorkflowNames Names { get; } = new(Guards.Names, BuiltInActivities, Roles.All);

    /// <summary>The workflows folder: configured, else ./workflows, else the copy shipped beside the binaries.</summary>
    public static string LocateDefinitions(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return AppPaths.Resolve(configured);
        var local = Path.Combine(AppPaths.Root, "workflows");
        if (File.Exists(Path.Combine(local, Id + ".json"))) return local;
        return Path.Combine(AppContext.BaseDirectory, "workflows");
    }

    public static WorkflowCatalog Load(string directory, IReadOnlySet<string>? activities = null) =>
        new WorkflowLoader(activities is null ? Names : Names with { Activities = activities }).LoadDirectory(directory);
}
