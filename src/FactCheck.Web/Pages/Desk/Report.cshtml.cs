using FactCheck.Features.Claims;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace FactCheck.Web.Pages.Desk;

/// <summary>Editors and admins (see Program.cs): how the desk is doing over the last 7, 30 or 90 days, and its queue now.</summary>
public sealed class ReportModel(IMediator mediator) : DeskPage(mediator)
{
    public static readonly int[] Periods = [7, 30, 90];
    [BindProperty(SupportsGet = true)] public int Days { get; set; } = 30;
    public DeskReport.Result? Report { get; private set; }

    public async Task<IActionResult> OnGet()
    {
        if (!Periods.Contains(Days)) Days = 30;
        Report = await Mediator.Send(new DeskReport.Query(Days));
        return Page();
    }

    /// <summary>"3 d 4 h", "5 h 12 min", "40 min"; whole days or hours alone: "1 d", "8 h".</summary>
    public static string Span(TimeSpan? t) => t switch
    {
        null => "—",
        { TotalDays: >= 1 } d when d.Hours == 0 && d.Minutes == 0 => $"{(int)d.TotalDays} d",
        { TotalHours: >= 1 } h when h.Minutes == 0 && h.TotalDays < 1 => $"{(int)h.TotalHours} h",
        { TotalDays: >= 1 } d => $"{(int)d.TotalDays} d {d.Hours} h",
        { TotalHours: >= 1 } h => $"{(int)h.TotalHours} h {h.Minutes} min",
        var m => $"{Math.Max(0, (int)m.Value.TotalMinutes)} min",
    };
}
