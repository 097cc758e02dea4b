using Microsoft.Playwright;

namespace Infra.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium as Playwright's browser: never a downloaded one (<c>playwright install</c> fails on a closed network).
/// The flags keep Chromium from reaching out to Google's hosts at every start.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Set to 1 by the test script: a missing browser is then a failure, not a skip.</summary>
    public const string RequireVariable = "INFRA_REQUIRE_BROWSER";

    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Why browser tests are skipped here, or null when they run.</summary>
    public static string? SkipReason =>
        File.Exists(ExecutablePath) || Environment.GetEnvironmentVariable(RequireVariable) == "1"
            ? null
            : $"{ExecutablePath} is missing (install Debian's chromium: tools/install-deps.sh --test); set {RequireVariable}=1 to fail instead";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run tools/install-deps.sh --test (Debian package chromium).");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = Args,
        });
    }
}

/// <summary>A fact that needs Chromium: skipped with the reason when the browser is missing and not required.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}

/// <summary>A theory that needs Chromium: skipped with the reason when the browser is missing and not required.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
