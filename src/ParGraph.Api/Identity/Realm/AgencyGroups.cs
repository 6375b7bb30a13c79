namespace ParGraph.Api.Identity.Realm;

/// <summary>
/// Agency access in Keycloak: membership of <c>/agencies/&lt;CODE&gt;</c> grants
/// <c>agency:&lt;CODE&gt;:viewer</c>; its sub-group <c>/agencies/&lt;CODE&gt;/editors</c> adds
/// <c>agency:&lt;CODE&gt;:editor</c> (and inherits viewer). Both carry the attribute <c>agency_code</c>.
/// </summary>
public static class AgencyGroups
{
    public const string RootName = "agencies";
    public const string EditorsName = "editors";
    public const string AgencyCodeAttribute = "agency_code";

    public static string Path(string code) => $"/{RootName}/{code}";

    public static string EditorsPath(string code) => $"{Path(code)}/{EditorsName}";

    public static string EditorRole(string code) => $"agency:{code}:editor";

    public static string ViewerRole(string code) => $"agency:{code}:viewer";
}
