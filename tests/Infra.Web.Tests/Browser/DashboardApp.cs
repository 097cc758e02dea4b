namespace Infra.Web.Tests.Browser;

/// <summary>The real app on Kestrel at 127.0.0.1 on a free port, with a temporary SQLite database holding a small city and a stored plan.</summary>
internal sealed class DashboardApp : IAsyncDisposable
{
    private DashboardApp(Uri baseAddress) => BaseAddress = baseAddress;

    public Uri BaseAddress { get; }

    public static Task<DashboardApp> StartAsync() =>
        throw new InvalidOperationException(
            $"InfraWebApp (branch svc-web) is not merged yet; set {DashboardFixture.UrlVariable} to test against a running app.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
