using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ParGraph.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class AgencyScoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agency_score_formulas",
                columns: table => new
                {
                    version = table.Column<int>(type: "integer", nullable: false),
                    tasks_on_time_weight = table.Column<double>(type: "double precision", nullable: false),
                    overdue_tasks_weight = table.Column<double>(type: "double precision", nullable: false),
                    report_timeliness_weight = table.Column<double>(type: "double precision", nullable: false),
                    kpi_attainment_weight = table.Column<double>(type: "double precision", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agency_score_formulas", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "agency_rankings",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    year = table.Column<int>(type: "integer", nullable: false),
                    formula_version = table.Column<int>(type: "integer", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agency_rankings", x => x.id);
                    table.ForeignKey(
                        name: "fk_agency_rankings_agency_score_formulas_formula_version",
                        column: x => x.formula_version,
                        principalTable: "agency_score_formulas",
                        principalColumn: "version",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "agency_ranking_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ranking_id = table.Column<int>(type: "integer", nullable: false),
                    agency_id = table.Column<int>(type: "integer", nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false),
                    rank_out_of = table.Column<int>(type: "integer", nullable: false),
                    components = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agency_ranking_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_agency_ranking_entries_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_agency_ranking_entries_agency_rankings_ranking_id",
                        column: x => x.ranking_id,
                        principalTable: "agency_rankings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "agency_score_formulas",
                columns: new[] { "version", "created_at", "created_by", "kpi_attainment_weight", "note", "overdue_tasks_weight", "report_timeliness_weight", "tasks_on_time_weight" },
                values: new object[] { 1, new DateTimeOffset(new DateTime(2026, 11, 23, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "migration", 20.0, "Initial formula: tasks completed on time 35, overdue tasks 20, report timeliness 25, KPI attainment 20 (of 100).", 20.0, 25.0, 35.0 });

            migrationBuilder.CreateIndex(
                name: "ix_agency_ranking_entries_agency_id",
                table: "agency_ranking_entries",
                column: "agency_id");

            migrationBuilder.CreateIndex(
                name: "ix_agency_ranking_entries_ranking_id_agency_id",
                table: "agency_ranking_entries",
                columns: new[] { "ranking_id", "agency_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_agency_rankings_formula_version",
                table: "agency_rankings",
                column: "formula_version");

            migrationBuilder.CreateIndex(
                name: "ix_agency_rankings_year",
                table: "agency_rankings",
                column: "year",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agency_ranking_entries");

            migrationBuilder.DropTable(
                name: "agency_rankings");

            migrationBuilder.DropTable(
                name: "agency_score_formulas");
        }
    }
}
