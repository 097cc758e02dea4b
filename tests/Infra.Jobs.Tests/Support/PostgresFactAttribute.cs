namespace Infra.Jobs.Tests.Support;

/// <summary>
/// A fact that needs a PostgreSQL + PostGIS server: <c>INFRA_TEST_POSTGRES</c> holds its connection string (tools/test.sh
/// starts a throwaway cluster and sets it). Without it the test is skipped and says why, unless
/// <c>INFRA_REQUIRE_POSTGRES=1</c>, in which case it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string ConnectionVariable = "INFRA_TEST_POSTGRES";
    public const string RequireVariable = "INFRA_REQUIRE_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ConnectionVariable)) && !Required)
        {
            Skip = $"PostgreSQL test skipped: {ConnectionVariable} is not set (tools/test.sh starts a PostGIS cluster and sets it; "
                + $"set {RequireVariable}=1 to fail instead of skipping)";
        }
    }

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";
}
