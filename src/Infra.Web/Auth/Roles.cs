namespace Infra.Web.Auth;

/// <summary>The three roles and the authorisation policies built from them.</summary>
public static class Roles
{
    /// <summary>Runs scenarios, edits plans, uploads progress reports.</summary>
    public const string Planer = "Planer";

    /// <summary>Imports and edits geodata.</summary>
    public const string Gis = "GIS";

    /// <summary>Reads only.</summary>
    public const string Betrachter = "Betrachter";

    public static IReadOnlyList<string> All { get; } = [Planer, Gis, Betrachter];
}

/// <summary>Policy names used by the endpoint groups.</summary>
public static class Policies
{
    /// <summary>Every role; anonymous too while <c>Auth:AllowAnonymousRead</c> is true.</summary>
    public const string Read = "read";

    public const string Planer = "planer";

    public const string Gis = "gis";

    public const string PlanerOrGis = "planer-or-gis";

    /// <summary>The roles each write policy admits (used by the tests that probe every write endpoint).</summary>
    public static IReadOnlyDictionary<string, string[]> RolesOf { get; } = new Dictionary<string, string[]>
    {
        [Planer] = [Roles.Planer],
        [Gis] = [Roles.Gis],
        [PlanerOrGis] = [Roles.Planer, Roles.Gis],
    };
}
