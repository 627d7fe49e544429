using Portal.Domain.Common;

namespace Portal.Domain.EmployerFilings;

/// <summary>What the rules compute for a 算定基礎届 or 月額変更届 line.</summary>
/// <param name="Average">The counted months and their average.</param>
/// <param name="NewGrade">The decided grade: the average's grade, or the previous grade when no month counted.</param>
/// <param name="EffectiveFrom">First month of the new standard pay.</param>
/// <param name="GradeDifference">New grade minus previous grade, or null when the previous pay is unknown.</param>
public sealed record PayDecision(PayAverage Average, StandardMonthlyPayGrade? NewGrade, YearMonth EffectiveFrom, int? GradeDifference);
