namespace ParGraph.Api.Scores;

/// <summary>
/// One part of a score: its value (0–1, null when the agency had nothing to judge it by), the formula's weight,
/// and the points it adds to the 0–100 score after the weights of the components that apply are renormalised.
/// </summary>
public sealed record AgencyScoreComponent(AgencyScoreComponentName Name, double? Value, double Weight, double? Points);
