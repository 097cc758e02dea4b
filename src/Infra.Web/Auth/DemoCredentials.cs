using System.Security.Cryptography;
using System.Text.Json;

namespace Infra.Web.Auth;

/// <summary>
/// Credentials of the local demo: one API key per role and a JWT signing key, generated on first start and kept in
/// <c>credentials.json</c> of the data folder (git-ignored), so that a restart keeps them.
/// </summary>
public sealed record DemoCredentials(IReadOnlyList<ApiKeyEntry> ApiKeys, string JwtSigningKey)
{
    public const string FileName = "credentials.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static DemoCredentials LoadOrCreate(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (File.Exists(path))
        {
            var stored = JsonSerializer.Deserialize<DemoCredentials>(File.ReadAllText(path), Json);
            if (stored is { ApiKeys.Count: > 0, JwtSigningKey.Length: >= 32 })
            {
                return stored;
            }
        }

        var created = new DemoCredentials(
            Roles.All.Select(r => new ApiKeyEntry { Name = "demo-" + r.ToLowerInvariant(), Role = r, Key = NewSecret(24) }).ToArray(),
            NewSecret(48));
        Directory.CreateDirectory(folder);
        File.WriteAllText(path, JsonSerializer.Serialize(created, Json));
        return created;
    }

    public static string NewSecret(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
