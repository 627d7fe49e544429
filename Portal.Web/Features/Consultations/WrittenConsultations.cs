namespace Portal.Web.Features.Consultations;

/// <summary>Written consultation (文書相談): placeholder until the thread is built.</summary>
public sealed class WrittenConsultations;
