namespace Infra.Web.Tests;

public class PlaceholderTests
{
    [Fact]
    public void Web_assembly_loads() => Assert.Equal("Infra.Web", typeof(InfraWebApp).Assembly.GetName().Name);
}
