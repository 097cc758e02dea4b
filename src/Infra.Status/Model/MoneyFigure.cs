namespace Infra.Status.Model;

/// <summary>A headline money figure and what it includes (German), so that no figure is read without its scope.</summary>
public sealed record MoneyFigure(double Euro, string Includes);
