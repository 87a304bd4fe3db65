namespace FactCheck.Workflows;

/// <summary>
/// Every loaded definition, several versions of one id side by side. A new instance takes the highest
/// version; a running instance keeps the version it started on.
/// </summary>
public sealed class WorkflowCatalog
{
    readonly Dictionary<(string Id, int Version), WorkflowDefinition> _byKey;

    /// <summary>Builds a catalog from definitions that have already been validated.</summary>
    public WorkflowCatalog(IEnumerable<WorkflowDefinition> definitions) =>
        _byKey = definitions.ToDictionary(d => (d.Id, d.Version));

    /// <summary>All definitions, ordered by id then version.</summary>
    public IEnumerable<WorkflowDefinition> All => _byKey.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Version);

    /// <summary>The highest version of a definition, for new instances.</summary>
    public WorkflowDefinition Latest(string id) =>
        _byKey.Values.Where(d => d.Id == id).MaxBy(d => d.Version)
        ?? throw new KeyNotFoundException($"no workflow definition '{id}' is loaded");

    /// <summary>Whether this catalog holds that version (during a rolling deploy an older node may not).</summary>
    public bool Has(string id, int version) => _byKey.ContainsKey((id, version));

    /// <summary>One exact version, for a running instance.</summary>
    public WorkflowDefinition Get(string id, int version) =>
        _byKey.TryGetValue((id, version), out var d) ? d
        : throw new KeyNotFoundException($"workflow '{id}' version {version} is not loaded; an instance on it cannot move");
}
