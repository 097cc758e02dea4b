namespace Infra.Jobs.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Jobs_assembly_loads() => Assert.Equal("Infra.Jobs", typeof(JobsAssembly).Assembly.GetName().Name);
}
