namespace Infra.Core.Plans;

/// <summary>
/// Marks a record of the plan contract (or an HTTP view built from it): its JSON field names are the snake_case of
/// its property names (<c>CapexEur</c> → <c>capex_eur</c>) whatever serializer options write it. <see cref="PlanJson"/>
/// applies this; the web host adds <see cref="PlanJson.ApplySnakeCaseContract"/> to its options.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class SnakeCaseJsonAttribute : Attribute;
