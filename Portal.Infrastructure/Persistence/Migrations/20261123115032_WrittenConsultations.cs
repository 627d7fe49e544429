using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WrittenConsultations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WrittenConsultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CitizenUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Eligibility = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AwaitingOffice = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WrittenConsultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WrittenConsultations_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WrittenMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConsultationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromStaff = table.Column<bool>(type: "INTEGER", nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WrittenMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WrittenMessages_WrittenConsultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "WrittenConsultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WrittenConsultations_CitizenUserId_UpdatedAt",
                table: "WrittenConsultations",
                columns: new[] { "CitizenUserId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WrittenConsultations_OfficeId_AwaitingOffice_UpdatedAt",
                table: "WrittenConsultations",
                columns: new[] { "OfficeId", "AwaitingOffice", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WrittenMessages_ConsultationId_SentAt",
                table: "WrittenMessages",
                columns: new[] { "ConsultationId", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WrittenMessages");

            migrationBuilder.DropTable(
                name: "WrittenConsultations");
        }
    }
}
