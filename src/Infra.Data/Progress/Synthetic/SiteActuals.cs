namespace Infra.Data.Progress.Synthetic;

/// <summary>How one site's build actually goes in the synthetic story.</summary>
internal enum SiteFate
{
    /// <summary>Follows the programme's pace.</summary>
    Normal,

    /// <summary>Permit 90 to 270 days late.</summary>
    PermitDelayed,

    /// <summary>Permit still outstanding: no construction.</summary>
    Blocked,

    /// <summary>Built up to 60 days before its baseline date.</summary>
    Ahead,
}

/// <summary>A site's planned and actual milestone dates (actual null: not reached, however late the Stichtag).</summary>
internal sealed record SiteActuals(string SiteId, SiteFate Fate, DateOnly[] Planned, DateOnly?[] Actual, bool HasUplinkMilestones);
