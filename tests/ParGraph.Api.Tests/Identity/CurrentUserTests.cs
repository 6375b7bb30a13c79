using System.Security.Claims;
using ParGraph.Api.Identity;

namespace ParGraph.Api.Tests.Identity;

public class CurrentUserTests
{
    private static CurrentUser With(params string[] roles) =>
        new(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("preferred_username", "someone"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "Bearer")));

    [Fact]
    public void Agencies_FromClientRoles_KeepTheStrongerAccess()
    {
        var user = With("agency:SNV:viewer", "agency:SNV:editor", "agency:SYT:viewer", "analyst");

        Assert.Equal(AgencyAccess.Editor, user.Agencies["SNV"]);
        Assert.Equal(AgencyAccess.Viewer, user.Agencies["SYT"]);
        Assert.Equal(2, user.Agencies.Count);
    }

    [Theory]
    [InlineData("agency:SNV:owner")]
    [InlineData("agency::editor")]
    [InlineData("agency:SNV")]
    [InlineData("SNV:editor")]
    public void Agencies_IgnoreRolesThatAreNotAgencyRoles(string role) =>
        Assert.Empty(With(role).Agencies);

    [Fact]
    public void CanEdit_OnlyOwnAgencyAsEditor_OrParAdminAnywhere()
    {
        var editor = With("agency:STTTT:editor");
        var viewer = With("agency:SYT:viewer");
        var admin = With("par-admin");

        Assert.True(editor.CanEdit("STTTT"));
        Assert.False(editor.CanEdit("SNV"));
        Assert.False(viewer.CanEdit("SYT"));
        Assert.True(viewer.CanView("SYT"));
        Assert.True(admin.CanEdit("SYT"));
        Assert.True(admin.IsParAdmin);
    }

    [Fact]
    public void Anonymous_HasNoRolesAndNoAgencies()
    {
        var anonymous = new CurrentUser(null);
        Assert.False(anonymous.IsAuthenticated);
        Assert.Empty(anonymous.Roles);
        Assert.Null(anonymous.Username);
    }

    [Fact]
    public void ForAgency_RoundTripsThroughTryParse()
    {
        var role = ParGraphRoles.ForAgency("UBND-NHATRANG", AgencyAccess.Editor);
        Assert.Equal("agency:UBND-NHATRANG:editor", role);
        Assert.True(ParGraphRoles.TryParseAgencyRole(role, out var code, out var access));
        Assert.Equal(("UBND-NHATRANG", AgencyAccess.Editor), (code, access));
    }
}
