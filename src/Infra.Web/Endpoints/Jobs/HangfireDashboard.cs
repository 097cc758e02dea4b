using Hangfire;
using Hangfire.Dashboard;
using Infra.Web.Auth;

namespace Infra.Web.Endpoints.Jobs;

/// <summary>Hangfire's own dashboard (queues, servers, recurring schedules, failures) at <c>/hangfire</c>, for the Planer role only.</summary>
internal static class HangfireDashboard
{
    public const string Path = "/hangfire";

    /// <summary>Mounts the dashboard on the app's Hangfire storage; call after authentication, so that key and token callers are known.</summary>
    public static void MapHangfireDashboard(this WebApplication app)
    {
        var options = new DashboardOptions
        {
            AppPath = "/",
            DashboardTitle = "Infra – Hintergrundaufträge",
            DisplayStorageConnectionString = false,
            // Not Hangfire's default (local requests only): our roles decide.
            Authorization = [],
            AsyncAuthorization = [new PlanerDashboardAuthorization(app.Services.GetRequiredService<CredentialSet>())],
        };
        app.Map(Path, branch => branch.UseMiddleware<AspNetCoreDashboardMiddleware>(app.Services.GetRequiredService<JobStorage>(), options, DashboardRoutes.Routes));
    }
}
