namespace ParGraph.Api.Plans;

public enum ReformArea
{
    Institutions,
    Procedures,
    Apparatus,
    CivilService,
    PublicFinance,
    DigitalGovernment,
    Direction,
    Other,
}
