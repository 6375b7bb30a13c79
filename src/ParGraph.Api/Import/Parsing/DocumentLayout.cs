namespace ParGraph.Api.Import.Parsing;

/// <summary>The layouts of the province's published documents (see seeds/documents/manifest.json).</summary>
public enum DocumentLayout
{
    /// <summary>000: appendix table No · task · product · deadline · responsibility (lead and coordinating in one cell).</summary>
    AnnualPlanTable,

    /// <summary>002: appendix table No · task · lead · coordinating · deadline · product.</summary>
    ThematicPlanTable,

    /// <summary>001: PAPI framework: dimension · sub-dimension · task · method · guiding agency · implementing agency · timing.</summary>
    PapiFramework,

    /// <summary>003: prose programme: reform areas, goals with numeric targets, bullet tasks, duties per agency.</summary>
    Programme,

    /// <summary>004: progress report appendix: No · task · product · schedule · assignment · result (PDF columns interleaved).</summary>
    ProgressReport,
}
