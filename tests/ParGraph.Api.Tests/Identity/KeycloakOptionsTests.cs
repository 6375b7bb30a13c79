using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParGraph.Api.Identity;

namespace ParGraph.Api.Tests.Identity;

/// <summary>The <c>Keycloak</c> section in the adapter file's kebab-case keys or in PascalCase, validated at start.</summary>
public sealed class KeycloakOptionsTests
{
    private static IConfigurationSection Section(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("Keycloak:" + v.Key, v.Value)))
            .Build()
            .GetSection(KeycloakOptions.SectionName);

    private static KeycloakOptions Bind(params (string Key, string Value)[] values)
    {
        var options = new KeycloakOptions();
        KeycloakOptionsBinder.Bind(Section(values), options);
        return options;
    }

    [Fact]
    public void KebabCase_AsInKeycloakAdapterFile()
    {
        var options = Bind(("realm", "khanhhoa"), ("auth-server-url", "http://keycloak:8080/"), ("resource", "pargraph-api"),
            ("ssl-required", "none"), ("verify-token-audience", "false"));

        Assert.Equal("khanhhoa", options.Realm);
        Assert.Equal("http://keycloak:8080/", options.AuthServerUrl);
        Assert.Equal("pargraph-api", options.Resource);
        Assert.Equal("none", options.SslRequired);
        Assert.False(options.VerifyTokenAudience);
        Assert.True(options.IsConfigured);
    }

    [Fact]
    public void PascalCase()
    {
        var options = Bind(("Realm", "khanhhoa"), ("AuthServerUrl", "https://sso.khanhhoa.gov.vn"), ("Resource", "api"),
            ("SslRequired", "all"), ("VerifyTokenAudience", "False"));

        Assert.Equal("khanhhoa", options.Realm);
        Assert.Equal("https://sso.khanhhoa.gov.vn", options.AuthServerUrl);
        Assert.Equal("api", options.Resource);
        Assert.Equal("all", options.SslRequired);
        Assert.False(options.VerifyTokenAudience);
    }

    [Fact]
    public void Defaults_WithoutSection()
    {
        var options = Bind();

        Assert.False(options.IsConfigured);
        Assert.Equal("pargraph-api", options.Resource);
        Assert.Equal("external", options.SslRequired);
        Assert.True(options.VerifyTokenAudience);
        Assert.False(KeycloakOptionsBinder.IsUsed(Section()));
    }

    [Fact]
    public void BothSpellings_MustAgree()
    {
        Bind(("auth-server-url", "http://a/"), ("AuthServerUrl", "http://a/"));
        var error = Assert.Throws<InvalidOperationException>(() => Bind(("auth-server-url", "http://a/"), ("AuthServerUrl", "http://b/")));

        Assert.Contains("disagree", error.Message);
    }

    [Fact]
    public void VerifyTokenAudience_MustBeBoolean()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Bind(("verify-token-audience", "yes")));

        Assert.Contains("true or false", error.Message);
    }

    [Theory]
    [InlineData("http://keycloak:8080", "http://keycloak:8080/realms/khanhhoa")]
    [InlineData("http://keycloak:8080/", "http://keycloak:8080/realms/khanhhoa")]
    [InlineData("https://sso.khanhhoa.gov.vn//", "https://sso.khanhhoa.gov.vn/realms/khanhhoa")]
    [InlineData("https://gov.vn/keycloak/", "https://gov.vn/keycloak/realms/khanhhoa")]
    public void Authority_IsRealmUnderServerUrl_WithoutAuthPrefix(string url, string authority) =>
        Assert.Equal(authority, Bind(("realm", "khanhhoa"), ("auth-server-url", url)).Authority);

    [Theory]
    [InlineData("none", "http://keycloak:8080/", false)]
    [InlineData("all", "https://localhost:8443/", true)]
    [InlineData("external", "http://localhost:8080/", false)]
    [InlineData("external", "http://127.0.0.1:8080/", false)]
    [InlineData("external", "http://10.1.2.3:8080/", false)]
    [InlineData("external", "http://192.168.1.9/", false)]
    [InlineData("external", "http://172.20.0.5/", false)]
    [InlineData("external", "https://sso.khanhhoa.gov.vn/", true)]
    [InlineData("external", "http://keycloak:8080/", true)]
    public void SslRequired_DecidesHttpsMetadata(string sslRequired, string url, bool requireHttps) =>
        Assert.Equal(requireHttps, Bind(("auth-server-url", url), ("ssl-required", sslRequired)).RequireHttpsMetadata);

    [Theory]
    [InlineData("realm", "khanhhoa")]
    [InlineData("auth-server-url", "http://keycloak:8080/")]
    [InlineData("resource", "pargraph-api")]
    public void SectionUsed_NeedsRealmAndUrl(string key, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve((key, value)));

        Assert.Contains("realm and auth-server-url", error.Message);
    }

    [Theory]
    [InlineData("ssl-required", "sometimes", "external, all or none")]
    [InlineData("auth-server-url", "keycloak:8080", "absolute http(s) URL")]
    [InlineData("auth-server-url", "http://sso.khanhhoa.gov.vn/", "must use https")]
    public void InvalidValues_FailValidation(string key, string value, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            Resolve(("realm", "khanhhoa"), ("auth-server-url", "https://sso.khanhhoa.gov.vn/"), (key, value)));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void ComposeSettings_AreValid()
    {
        var options = Resolve(("realm", "khanhhoa"), ("auth-server-url", "http://keycloak:8080/"), ("resource", "pargraph-api"),
            ("ssl-required", "none"), ("verify-token-audience", "true"));

        Assert.Equal("http://keycloak:8080/realms/khanhhoa", options.Authority);
        Assert.False(options.RequireHttpsMetadata);
    }

    /// <summary>The options as the API resolves them, validators included; a later value of a key wins.</summary>
    private static KeycloakOptions Resolve(params (string Key, string Value)[] values)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var (key, value) in values)
            settings["Keycloak:" + key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddParGraphAuthentication(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<KeycloakOptions>>().Value;
    }
}
