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
        public const string Archived = "archived";
        public const string Unverifiable = "unverifiable";
        public const string SourceLookup = "source_lookup";
        /// <summary>Every state the code names: each must be in the definition (checked at start-up).</summary>
        public static readonly IReadOnlySet<string> All = new HashSet<string> { Intake, SourceLookup, Review, EditorApproval, Publishing, Published, Archived, Unverifiable };
        /// <summary>From here on the evidence is frozen: sources are not added, changed or removed (send back first).</summary>
        public static readonly IReadOnlySet<string> EvidenceFrozen = new HashSet<string> { EditorApproval, Publishing, Published, Archived, Unverifiable };
        /// <summary>Where the claim as checked (statement, speaker, channel) can still be edited; in editor approval an edit withdraws the verdict.</summary>
        public static readonly IReadOnlySet<string> Editable = new HashSet<string> { Intake, SourceLookup, Review, EditorApproval };
    }

    /// <summary>The triggers the code fires or names (pages, use cases, the report).</summary>
    public static class Triggers
    {
        public const string SubmitVerdict = "submit_verdict";
        public const string Approve = "approve";
        public const string SendBack = "send_back";
        public const string Revise = "revise";
        public const string Correct = "correct";
        public const string Archive = "archive";
        public const string MarkUnverifiable = "mark_unverifiable";
        public const string Reopen = "reopen";
        /// <summary>Every trigger the code names: each must be in the definition (checked at start-up).</summary>
        public static readonly IReadOnlySet<string> All = new HashSet<string> { SubmitVerdict, Approve, SendBack, Revise, Correct, Archive, MarkUnverifiable, Reopen };
    }

    /// <summary>
    /// Code → JSON: every state and trigger the desk's code names exists in each claim-review definition, so a renamed
    /// state fails start-up with the file and what names it, instead of a page quietly showing nothing.
    /// </summary>
    public static IReadOnlyList<WorkflowError> Missing(WorkflowCatalog catalog)
    {
        var errors = new List<WorkflowError>();
        foreach (var d in catalog.All.Where(d => d.Id == Id))
        {
            foreach (var state in States.All.Where(x => !d.States.ContainsKey(x)).Order(StringComparer.Ordinal))
                errors.Add(new WorkflowError(d.SourceFile, 1, "$.states", $"the desk's code names state '{state}' but {Id} v{d.Version} has none (rename it back, or change the code with it)"));
            foreach (var trigger in Triggers.All.Where(x => d.Transitions.All(t => t.Trigger != x)).Order(StringComparer.Ordinal))
                errors.Add(new WorkflowError(d.SourceFile, 1, "$.transitions", $"the desk's code fires trigger '{trigger}' but {Id} v{d.Version} has none (rename it back, or change the code with it)"));
        }
        return errors;
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

    public static WorkflowCatalog Load(string directory, IReadOnlySet<string>? activities = null)
    {
        var catalog = new WorkflowLoader(activities is null ? Names : Names with { Activities = activities }).LoadDirectory(directory);
        return Missing(catalog) is { Count: > 0 } missing ? throw new WorkflowLoadException(missing) : catalog;
    }
}
