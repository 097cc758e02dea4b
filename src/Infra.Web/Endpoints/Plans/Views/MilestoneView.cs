using Infra.Core.Plans;

namespace Infra.Web.Endpoints.Plans.Views;

/// <summary>A reported milestone: codes of the glossary domains <c>milestone</c> and <c>milestone_state</c>, dates.</summary>
[SnakeCaseJson]
public sealed record MilestoneView(string Milestone, DateOnly? PlannedDate, DateOnly? ActualDate, string Status);
