using FactCheck.Features.Users;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Web.Pages.Admin;

/// <summary>Admins add desk users, change their roles and set their passwords (which also lifts a lockout).</summary>
public sealed class UsersModel(IMediator mediator) : DeskPage(mediator)
{
    public IReadOnlyList<ListUsers.Item> Users { get; private set; } = [];
    public static readonly string[] AllRoles = ["factchecker", "editor", "admin"];

    public IReadOnlyList<Audit.Entry> Changes { get; private set; } = [];

    public async Task OnGet()
    {
        Users = await Mediator.Send(new ListUsers.Query());
        Changes = await Mediator.Send(new Audit.Query(20));
    }

    async Task<IActionResult> Again() { await OnGet(); return Page(); }

    public Task<IActionResult> OnPostAdd(string? name, string? displayName, string? password, string[]? roles) =>
        Act(async () =>
        {
            var added = await Mediator.Send(new AddUser.Command((name ?? "").Trim(), roles ?? [], password ?? "", string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim(), Me));
            return $"Added {added.Name} ({string.Join(", ", added.Roles)}).";
        }, () => RedirectToPage(), Again);

    public Task<IActionResult> OnPostRoles(string name, string[]? roles) =>
        Act(async () =>
        {
            await Mediator.Send(new SetRoles.Command(name, roles ?? [], Me));
            return roles is { Length: > 0 }
                ? $"{name} now has the roles {string.Join(", ", roles.Distinct().Order())}."
                : $"{name} has no roles now: the desk is closed to them.";
        }, () => RedirectToPage(), Again);

    public Task<IActionResult> OnPostPassword(string name, string? password) =>
        Act(async () =>
        {
            await Mediator.Send(new SetPassword.Command(name, password ?? "", Me));
            return $"Set a new password for {name}; any sign-in lockout is lifted.";
        }, () => RedirectToPage(), Again);
}
