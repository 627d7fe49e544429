using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NoticePreferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NoticePreferences",
                columns: table => new
                {
                    InsuredPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NoticeType = table.Column<int>(type: "INTEGER", nullable: false),
                    Paperless = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticePreferences", x => new { x.InsuredPersonId, x.NoticeType });
                    table.ForeignKey(
                        name: "FK_NoticePreferences_InsuredPersons_InsuredPersonId",
                        column: x => x.InsuredPersonId,
                        principalTable: "InsuredPersons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NoticePreferences_NoticeType_Paperless",
                table: "NoticePreferences",
                columns: new[] { "NoticeType", "Paperless" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NoticePreferences");
        }
    }
}
