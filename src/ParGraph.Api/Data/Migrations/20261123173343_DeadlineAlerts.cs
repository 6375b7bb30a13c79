using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ParGraph.Api.Data.Migrations
{
    /// <inheritdoc />
    public partial class DeadlineAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "request_id",
                table: "audit_entries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "audit_archive",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    subject = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    username = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    agency_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    operation = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    entity_type = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    entity_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    before = table.Column<string>(type: "jsonb", nullable: true),
                    after = table.Column<string>(type: "jsonb", nullable: true),
                    request_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_archive", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_request_id",
                table: "audit_entries",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_archive_at",
                table: "audit_archive",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_archive_entity_type_entity_id",
                table: "audit_archive",
                columns: new[] { "entity_type", "entity_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_archive");

            migrationBuilder.DropIndex(
                name: "ix_audit_entries_request_id",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "request_id",
                table: "audit_entries");
        }
    }
}
