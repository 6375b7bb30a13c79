using Microsoft.Extensions.Configuration;
using ParGraph.Api.Hosting;

namespace ParGraph.Api.Tests.Hosting;

public sealed class ParGraphHomeTests
{
    [Fact]
    public void Resolve_WithPargraphHome_UsesIt()
    {
        var home = Path.Combine(Path.GetTempPath(), "somewhere-else");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new(ParGraphHome.Variable, home)]).Build();

        Assert.Equal(home, ParGraphHome.Resolve(configuration));
    }

    [Fact]
    public void Resolve_WithoutPargraphHome_UsesDotPargraphInTheRepositoryRoot()
    {
        var configuration = new ConfigurationBuilder().Build();
        var root = ParGraphHome.FindRepositoryRoot(AppContext.BaseDirectory);

        Assert.True(File.Exists(Path.Combine(root, "ParGraph.sln")));
        if (Environment.GetEnvironmentVariable(ParGraphHome.Variable) is null)
        {
            Assert.Equal(Path.Combine(root, ".pargraph"), ParGraphHome.Resolve(configuration, AppContext.BaseDirectory));
        }
    }
}
