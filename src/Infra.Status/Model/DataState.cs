namespace Infra.Status.Model;

/// <summary>Where the Ist comes from.</summary>
/// <param name="AsOf">Datenstand: the newest actual date or report date on or before the Stichtag; null without any progress.</param>
/// <param name="Synthetic">True when any recorded progress comes from synthetic reports.</param>
/// <param name="Sources">Progress rows per report source.</param>
/// <param name="Note">One German line for dashboards and the report ("Datenstand … · Ist aus synthetischen Berichten").</param>
public sealed record DataState(DateOnly? AsOf, bool Synthetic, IReadOnlyList<DataSource> Sources, string Note);
