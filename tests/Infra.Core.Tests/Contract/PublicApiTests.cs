using Infra.Core.Plans;
using PublicApiGenerator;

namespace Infra.Core.Tests.Contract;

/// <summary>
/// The public .NET surface of Infra.Core (plan contract, glossary, domain) against its approved text, so that a
/// change of the contract is a visible diff in review rather than a surprise in one of its readers.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_of_infra_core_equals_the_approved_text()
    {
        var api = typeof(PlanExport).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        });

        Assert.Contains("public sealed class PlanExport", api, StringComparison.Ordinal);
        ApprovedText.Match("tests/Infra.Core.Tests/Contract/Infra.Core.public-api.txt", api);
    }
}
