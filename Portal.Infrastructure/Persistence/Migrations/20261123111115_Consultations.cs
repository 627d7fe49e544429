using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Consultations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Bookings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BoothId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HolderUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AttendeeKind = table.Column<int>(type: "INTEGER", nullable: false),
                    AgentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AgentPhone = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    AgentRelationship = table.Column<int>(type: "INTEGER", nullable: true),
                    CannotAttendReason = table.Column<int>(type: "INTEGER", nullable: false),
                    PrincipalName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PrincipalBirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NeedsPowerOfAttorney = table.Column<bool>(type: "INTEGER", nullable: false),
                    VideoJoinToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CheckedInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NoShowMarkedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancellationReason = table.Column<int>(type: "INTEGER", nullable: true),
                    DayBeforeReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ThreeDayReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bookings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bookings_Booths_BoothId",
                        column: x => x.BoothId,
                        principalTable: "Booths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bookings_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OfficeClosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficeClosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficeClosures_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WalkInTickets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CalledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    BoothId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WalkInTickets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WalkInTickets_Booths_BoothId",
                        column: x => x.BoothId,
                        principalTable: "Booths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WalkInTickets_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BoothBlocks",
                columns: table => new
                {
                    BoothId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BookingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoothBlocks", x => new { x.BoothId, x.StartsAt });
                    table.ForeignKey(
                        name: "FK_BoothBlocks_Bookings_BookingId",
                        column: x => x.BookingId,
                        principalTable: "Bookings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BoothBlocks_Booths_BoothId",
                        column: x => x.BoothId,
                        principalTable: "Booths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_BoothId_StartsAt_Active",
                table: "Bookings",
                columns: new[] { "BoothId", "StartsAt" },
                unique: true,
                filter: "\"Status\" <> 5");

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_HolderUserId_Status",
                table: "Bookings",
                columns: new[] { "HolderUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_OfficeId_StartsAt",
                table: "Bookings",
                columns: new[] { "OfficeId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_Status_StartsAt",
                table: "Bookings",
                columns: new[] { "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Bookings_VideoJoinToken",
                table: "Bookings",
                column: "VideoJoinToken",
                unique: true,
                filter: "\"VideoJoinToken\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_BoothBlocks_BookingId",
                table: "BoothBlocks",
                column: "BookingId");

            migrationBuilder.CreateIndex(
                name: "IX_OfficeClosures_OfficeId_Date",
                table: "OfficeClosures",
                columns: new[] { "OfficeId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WalkInTickets_BoothId",
                table: "WalkInTickets",
                column: "BoothId");

            migrationBuilder.CreateIndex(
                name: "IX_WalkInTickets_OfficeId_Date_Number",
                table: "WalkInTickets",
                columns: new[] { "OfficeId", "Date", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WalkInTickets_OfficeId_Date_Status",
                table: "WalkInTickets",
                columns: new[] { "OfficeId", "Date", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BoothBlocks");

            migrationBuilder.DropTable(
                name: "OfficeClosures");

            migrationBuilder.DropTable(
                name: "WalkInTickets");

            migrationBuilder.DropTable(
                name: "Bookings");
        }
    }
}
