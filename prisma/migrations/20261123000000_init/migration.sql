-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'coordinator', 'curator', 'school_admin', 'teacher', 'tutor');

-- CreateEnum
CREATE TYPE "SchoolKind" AS ENUM ('sosh', 'oosh', 'gymnasium', 'lyceum', 'other');

-- CreateEnum
CREATE TYPE "SchoolCategory" AS ENUM ('shnor', 'shnsu', 'risk_zone', 'p500');

-- CreateEnum
CREATE TYPE "CycleStatus" AS ENUM ('draft', 'diagnosis', 'programming', 'expertise', 'implementation', 'reporting', 'closed');

-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('score', 'percent', 'boolean');

-- CreateEnum
CREATE TYPE "RiskDirection" AS ENUM ('below', 'above');

-- CreateEnum
CREATE TYPE "Significance" AS ENUM ('high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "RiskProfileStatus" AS ENUM ('draft', 'submitted', 'confirmed', 'returned');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('concept', 'medium_term_program', 'anti_risk_program');

-- CreateEnum
CREATE TYPE "DocumentStatus" AS ENUM ('draft', 'submitted', 'confirmed', 'returned');

-- CreateEnum
CREATE TYPE "MeasureStatus" AS ENUM ('planned', 'in_progress', 'done', 'confirmed', 'needs_revision', 'not_done');

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('curator', 'mutual');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('draft', 'submitted');

-- CreateEnum
CREATE TYPE "ReviewVerdict" AS ENUM ('confirmed', 'needs_revision');

-- CreateEnum
CREATE TYPE "MutualPairStatus" AS ENUM ('paired', 'exchanged', 'met', 'completed');

-- CreateEnum
CREATE TYPE "EvidenceKind" AS ENUM ('file', 'link');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('seminar', 'webinar', 'videoconference', 'master_class', 'consulting', 'training', 'methodical_session', 'management_school');

-- CreateEnum
CREATE TYPE "EventFormat" AS ENUM ('in_person', 'remote');

-- CreateEnum
CREATE TYPE "EventAudience" AS ENUM ('admin_teams', 'teachers', 'mixed');

-- CreateEnum
CREATE TYPE "ConsultationModule" AS ENUM ('subject_competence', 'methodical_competence', 'assessment');

-- CreateEnum
CREATE TYPE "ConsultationForm" AS ENUM ('individual', 'group', 'supervision', 'training', 'master_class');

-- CreateEnum
CREATE TYPE "TutorFunction" AS ENUM ('modeling', 'supporting', 'diagnostic', 'logistic', 'consulting', 'praxeological');

-- CreateEnum
CREATE TYPE "DiagnosticKind" AS ENUM ('entry', 'repeat');

-- CreateEnum
CREATE TYPE "Competency" AS ENUM ('subject', 'methodological', 'digital', 'communicative', 'psychological');

-- CreateEnum
CREATE TYPE "IomStatus" AS ENUM ('draft', 'submitted', 'approved', 'returned');

-- CreateEnum
CREATE TYPE "IomActivityKind" AS ENUM ('course', 'master_class', 'methodical_session', 'internship', 'mentoring', 'lesson_visits', 'self_education', 'professional_community');

-- CreateEnum
CREATE TYPE "IomActivityStatus" AS ENUM ('planned', 'in_progress', 'done', 'cancelled');

-- CreateEnum
CREATE TYPE "SurveyAudience" AS ENUM ('school_leaders', 'teachers');

-- CreateEnum
CREATE TYPE "SurveyStatus" AS ENUM ('draft', 'open', 'closed');

-- CreateEnum
CREATE TYPE "QuestionKind" AS ENUM ('yes_no', 'scale', 'single_choice', 'text');

-- CreateEnum
CREATE TYPE "ExamKind" AS ENUM ('ege', 'oge', 'vpr');

-- CreateEnum
CREATE TYPE "PracticeLevel" AS ENUM ('school', 'curator', 'municipal', 'regional');

-- CreateEnum
CREATE TYPE "PracticeStatus" AS ENUM ('submitted', 'recommended_conference', 'recommended_atlas', 'declined');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('draft', 'approved');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('submitted', 'returned', 'confirmed', 'deadline_soon', 'overdue', 'info');

-- CreateTable
CREATE TABLE "Municipality" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "centerName" TEXT NOT NULL,
    "centerAddress" TEXT,
    "centerPhone" TEXT,
    "directorName" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "School" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "SchoolKind" NOT NULL,
    "address" TEXT,
    "directorName" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "School_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SchoolContingent" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "students" INTEGER NOT NULL,
    "ovzStudents" INTEGER NOT NULL DEFAULT 0,
    "lowIncomeStudents" INTEGER NOT NULL DEFAULT 0,
    "singleParentStudents" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SchoolContingent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT,
    "phone" TEXT,
    "passwordHash" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastLoginAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleAssignment" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "municipalityId" TEXT,
    "schoolId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "link" TEXT,
    "entityType" TEXT,
    "entityId" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "requestId" TEXT,
    "ip" TEXT,
    "meta" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Cycle" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "CycleStatus" NOT NULL DEFAULT 'draft',
    "orderNumber" TEXT,
    "orderDate" DATE,
    "diagnosisDeadline" DATE,
    "programmesDeadline" DATE,
    "expertiseDeadline" DATE,
    "mutualExchangeDeadline" DATE,
    "mutualMeetingDeadline" DATE,
    "mutualUploadDeadline" DATE,
    "implementationEnd" DATE,
    "reportDeadline" DATE,
    "previousCycleId" TEXT,
    "closedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cycle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CycleSchool" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "categories" "SchoolCategory"[],
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CycleSchool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CuratorPairing" (
    "id" TEXT NOT NULL,
    "cycleSchoolId" TEXT NOT NULL,
    "curatorId" TEXT NOT NULL,
    "pairedOn" DATE NOT NULL,
    "schoolYear" TEXT,
    "agreementNumber" TEXT,
    "agreementDate" DATE,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "endedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CuratorPairing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MutualPair" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "schoolAId" TEXT NOT NULL,
    "schoolBId" TEXT NOT NULL,
    "status" "MutualPairStatus" NOT NULL DEFAULT 'paired',
    "exchangeDeadline" DATE,
    "meetingDeadline" DATE,
    "uploadDeadline" DATE,
    "exchangedAt" TIMESTAMP(3),
    "meetingAt" TIMESTAMP(3),
    "uploadedAt" TIMESTAMP(3),
    "finalFileId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MutualPair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskFactor" (
    "id" TEXT NOT NULL,
    "catalogYear" INTEGER NOT NULL,
    "code" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiskFactor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskIndicator" (
    "id" TEXT NOT NULL,
    "factorId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "unit" "IndicatorUnit" NOT NULL,
    "direction" "RiskDirection" NOT NULL,
    "threshold" DECIMAL(6,2) NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "RiskIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskProfile" (
    "id" TEXT NOT NULL,
    "cycleSchoolId" TEXT NOT NULL,
    "catalogYear" INTEGER NOT NULL,
    "status" "RiskProfileStatus" NOT NULL DEFAULT 'draft',
    "submittedAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" TEXT,
    "returnComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RiskProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskIndicatorValue" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "value" DECIMAL(6,2),
    "flagged" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "RiskIndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RiskFactorAssessment" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "factorId" TEXT NOT NULL,
    "suggested" "Significance" NOT NULL,
    "significance" "Significance" NOT NULL,
    "overrideReason" TEXT,
    "programRequired" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "RiskFactorAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramDocument" (
    "id" TEXT NOT NULL,
    "cycleSchoolId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "riskFactorId" TEXT,
    "title" TEXT NOT NULL,
    "status" "DocumentStatus" NOT NULL DEFAULT 'draft',
    "periodFrom" INTEGER,
    "periodTo" INTEGER,
    "mission" TEXT,
    "goal" TEXT,
    "desiredState" TEXT,
    "analysis" TEXT,
    "currentRevision" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgramDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRevision" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" TEXT NOT NULL,

    CONSTRAINT "DocumentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentTask" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "cause" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "DocumentTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Measure" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "deadline" DATE,
    "responsible" TEXT,
    "participants" TEXT,
    "expectedResult" TEXT,
    "indicatorName" TEXT,
    "indicatorUnit" TEXT,
    "baseline" DECIMAL(12,2),
    "target" DECIMAL(12,2),
    "actual" DECIMAL(12,2),
    "reportForm" TEXT,
    "status" "MeasureStatus" NOT NULL DEFAULT 'planned',
    "statusComment" TEXT,
    "completedAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "carriedFromId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Measure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureStatusChange" (
    "id" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "from" "MeasureStatus",
    "to" "MeasureStatus" NOT NULL,
    "comment" TEXT,
    "actorId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeasureStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureIndicatorReading" (
    "id" TEXT NOT NULL,
    "measureId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "value" DECIMAL(12,2) NOT NULL,
    "note" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeasureIndicatorReading_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "kind" "EvidenceKind" NOT NULL,
    "measureId" TEXT,
    "iomActivityId" TEXT,
    "fileId" TEXT,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewCriterion" (
    "id" TEXT NOT NULL,
    "documentKind" "DocumentKind" NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ReviewCriterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "revisionNumber" INTEGER NOT NULL,
    "kind" "ReviewKind" NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "reviewerCycleSchoolId" TEXT,
    "mutualPairId" TEXT,
    "status" "ReviewStatus" NOT NULL DEFAULT 'draft',
    "strengths" TEXT,
    "recommendations" TEXT,
    "verdict" "ReviewVerdict",
    "submittedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewScore" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,

    CONSTRAINT "ReviewScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanModule" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "PlanModule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MunicipalProject" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "MunicipalProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportEvent" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "cycleId" TEXT,
    "type" "EventType" NOT NULL,
    "date" DATE NOT NULL,
    "topic" TEXT NOT NULL,
    "format" "EventFormat" NOT NULL,
    "audience" "EventAudience" NOT NULL,
    "participants" INTEGER NOT NULL DEFAULT 0,
    "moduleId" TEXT,
    "projectId" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subject" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Subject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TutorAssignment" (
    "id" TEXT NOT NULL,
    "tutorId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "cycleId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "startedOn" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedOn" DATE,

    CONSTRAINT "TutorAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "cycleId" TEXT,
    "tutorId" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "subjectId" TEXT NOT NULL,
    "module" "ConsultationModule" NOT NULL,
    "form" "ConsultationForm" NOT NULL,
    "functions" "TutorFunction"[],
    "projectId" TEXT,
    "notes" TEXT,
    "nextSteps" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetencyDiagnostic" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "kind" "DiagnosticKind" NOT NULL,
    "date" DATE NOT NULL,
    "subject" DECIMAL(5,2) NOT NULL,
    "methodological" DECIMAL(5,2) NOT NULL,
    "digital" DECIMAL(5,2) NOT NULL,
    "communicative" DECIMAL(5,2) NOT NULL,
    "psychological" DECIMAL(5,2) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CompetencyDiagnostic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Iom" (
    "id" TEXT NOT NULL,
    "teacherId" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "status" "IomStatus" NOT NULL DEFAULT 'draft',
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "approvalOrderNo" TEXT,
    "approvalOrderDate" DATE,
    "returnComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Iom_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IomActivity" (
    "id" TEXT NOT NULL,
    "iomId" TEXT NOT NULL,
    "competency" "Competency" NOT NULL,
    "kind" "IomActivityKind" NOT NULL,
    "title" TEXT NOT NULL,
    "format" "EventFormat",
    "hours" INTEGER,
    "provider" TEXT,
    "plannedStart" DATE,
    "plannedEnd" DATE,
    "status" "IomActivityStatus" NOT NULL DEFAULT 'planned',
    "completedOn" DATE,
    "actualHours" INTEGER,
    "reflection" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "IomActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "cycleId" TEXT,
    "title" TEXT NOT NULL,
    "audience" "SurveyAudience" NOT NULL,
    "status" "SurveyStatus" NOT NULL DEFAULT 'draft',
    "opensOn" DATE,
    "closesOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyQuestion" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "kind" "QuestionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "options" TEXT[],
    "reportLabel" TEXT,

    CONSTRAINT "SurveyQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResponse" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "respondentId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyResponse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyAnswer" (
    "id" TEXT NOT NULL,
    "responseId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "boolValue" BOOLEAN,
    "intValue" INTEGER,
    "optionIndex" INTEGER,
    "textValue" TEXT,

    CONSTRAINT "SurveyAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Practice" (
    "id" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "schoolId" TEXT,
    "title" TEXT NOT NULL,
    "authors" TEXT NOT NULL,
    "organization" TEXT NOT NULL,
    "level" "PracticeLevel" NOT NULL,
    "theme" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "PracticeStatus" NOT NULL DEFAULT 'submitted',
    "submittedById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Practice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeFile" (
    "practiceId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,

    CONSTRAINT "PracticeFile_pkey" PRIMARY KEY ("practiceId","fileId")
);

-- CreateTable
CREATE TABLE "ExamResult" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "exam" "ExamKind" NOT NULL,
    "subjectId" TEXT NOT NULL,
    "grade" INTEGER NOT NULL DEFAULT 0,
    "participants" INTEGER NOT NULL,
    "avgScore" DECIMAL(6,2),
    "failShare" DECIMAL(5,2),
    "qualityShare" DECIMAL(5,2),
    "successShare" DECIMAL(5,2),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ExamResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnalyticalReport" (
    "id" TEXT NOT NULL,
    "cycleId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'draft',
    "narrative" JSONB NOT NULL DEFAULT '{}',
    "snapshot" JSONB,
    "contentHash" TEXT,
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnalyticalReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportOrder" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "signatoryName" TEXT NOT NULL,
    "signatoryPosition" TEXT NOT NULL,
    "items" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_SchoolToSupportEvent" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_SchoolToSupportEvent_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");

-- CreateIndex
CREATE UNIQUE INDEX "School_code_key" ON "School"("code");

-- CreateIndex
CREATE INDEX "School_municipalityId_idx" ON "School"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "SchoolContingent_schoolId_year_key" ON "SchoolContingent"("schoolId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "RoleAssignment_userId_idx" ON "RoleAssignment"("userId");

-- CreateIndex
CREATE INDEX "RoleAssignment_schoolId_role_idx" ON "RoleAssignment"("schoolId", "role");

-- CreateIndex
CREATE INDEX "RoleAssignment_municipalityId_role_idx" ON "RoleAssignment"("municipalityId", "role");

-- CreateIndex
CREATE INDEX "LoginAttempt_email_at_idx" ON "LoginAttempt"("email", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_at_idx" ON "LoginAttempt"("ip", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_action_at_idx" ON "AuditLog"("action", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Cycle_previousCycleId_key" ON "Cycle"("previousCycleId");

-- CreateIndex
CREATE UNIQUE INDEX "Cycle_municipalityId_year_key" ON "Cycle"("municipalityId", "year");

-- CreateIndex
CREATE INDEX "CycleSchool_schoolId_idx" ON "CycleSchool"("schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "CycleSchool_cycleId_schoolId_key" ON "CycleSchool"("cycleId", "schoolId");

-- CreateIndex
CREATE INDEX "CuratorPairing_curatorId_active_idx" ON "CuratorPairing"("curatorId", "active");

-- CreateIndex
CREATE INDEX "CuratorPairing_cycleSchoolId_idx" ON "CuratorPairing"("cycleSchoolId");

-- CreateIndex
CREATE UNIQUE INDEX "MutualPair_cycleId_schoolAId_schoolBId_key" ON "MutualPair"("cycleId", "schoolAId", "schoolBId");

-- CreateIndex
CREATE UNIQUE INDEX "RiskFactor_catalogYear_code_key" ON "RiskFactor"("catalogYear", "code");

-- CreateIndex
CREATE UNIQUE INDEX "RiskIndicator_factorId_code_key" ON "RiskIndicator"("factorId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "RiskProfile_cycleSchoolId_key" ON "RiskProfile"("cycleSchoolId");

-- CreateIndex
CREATE INDEX "RiskProfile_status_idx" ON "RiskProfile"("status");

-- CreateIndex
CREATE UNIQUE INDEX "RiskIndicatorValue_profileId_indicatorId_key" ON "RiskIndicatorValue"("profileId", "indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "RiskFactorAssessment_profileId_factorId_key" ON "RiskFactorAssessment"("profileId", "factorId");

-- CreateIndex
CREATE INDEX "ProgramDocument_cycleSchoolId_kind_idx" ON "ProgramDocument"("cycleSchoolId", "kind");

-- CreateIndex
CREATE INDEX "ProgramDocument_status_idx" ON "ProgramDocument"("status");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRevision_documentId_number_key" ON "DocumentRevision"("documentId", "number");

-- CreateIndex
CREATE INDEX "DocumentTask_documentId_idx" ON "DocumentTask"("documentId");

-- CreateIndex
CREATE INDEX "Measure_documentId_status_idx" ON "Measure"("documentId", "status");

-- CreateIndex
CREATE INDEX "Measure_taskId_idx" ON "Measure"("taskId");

-- CreateIndex
CREATE INDEX "Measure_status_deadline_idx" ON "Measure"("status", "deadline");

-- CreateIndex
CREATE INDEX "MeasureStatusChange_measureId_at_idx" ON "MeasureStatusChange"("measureId", "at");

-- CreateIndex
CREATE INDEX "MeasureIndicatorReading_measureId_date_idx" ON "MeasureIndicatorReading"("measureId", "date");

-- CreateIndex
CREATE INDEX "Evidence_measureId_idx" ON "Evidence"("measureId");

-- CreateIndex
CREATE INDEX "Evidence_iomActivityId_idx" ON "Evidence"("iomActivityId");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewCriterion_documentKind_code_key" ON "ReviewCriterion"("documentKind", "code");

-- CreateIndex
CREATE INDEX "Review_documentId_kind_idx" ON "Review"("documentId", "kind");

-- CreateIndex
CREATE INDEX "Review_reviewerId_idx" ON "Review"("reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewScore_reviewId_criterionId_key" ON "ReviewScore"("reviewId", "criterionId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanModule_municipalityId_title_key" ON "PlanModule"("municipalityId", "title");

-- CreateIndex
CREATE UNIQUE INDEX "MunicipalProject_municipalityId_title_key" ON "MunicipalProject"("municipalityId", "title");

-- CreateIndex
CREATE INDEX "SupportEvent_municipalityId_date_idx" ON "SupportEvent"("municipalityId", "date");

-- CreateIndex
CREATE INDEX "SupportEvent_cycleId_type_idx" ON "SupportEvent"("cycleId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Subject_code_key" ON "Subject"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Subject_name_key" ON "Subject"("name");

-- CreateIndex
CREATE INDEX "TutorAssignment_teacherId_idx" ON "TutorAssignment"("teacherId");

-- CreateIndex
CREATE UNIQUE INDEX "TutorAssignment_tutorId_teacherId_key" ON "TutorAssignment"("tutorId", "teacherId");

-- CreateIndex
CREATE INDEX "Consultation_tutorId_date_idx" ON "Consultation"("tutorId", "date");

-- CreateIndex
CREATE INDEX "Consultation_teacherId_date_idx" ON "Consultation"("teacherId", "date");

-- CreateIndex
CREATE INDEX "Consultation_schoolId_date_idx" ON "Consultation"("schoolId", "date");

-- CreateIndex
CREATE INDEX "Consultation_municipalityId_date_idx" ON "Consultation"("municipalityId", "date");

-- CreateIndex
CREATE INDEX "CompetencyDiagnostic_schoolId_cycleId_idx" ON "CompetencyDiagnostic"("schoolId", "cycleId");

-- CreateIndex
CREATE UNIQUE INDEX "CompetencyDiagnostic_teacherId_cycleId_kind_key" ON "CompetencyDiagnostic"("teacherId", "cycleId", "kind");

-- CreateIndex
CREATE INDEX "Iom_schoolId_cycleId_idx" ON "Iom"("schoolId", "cycleId");

-- CreateIndex
CREATE UNIQUE INDEX "Iom_teacherId_cycleId_key" ON "Iom"("teacherId", "cycleId");

-- CreateIndex
CREATE INDEX "IomActivity_iomId_idx" ON "IomActivity"("iomId");

-- CreateIndex
CREATE INDEX "Survey_municipalityId_status_idx" ON "Survey"("municipalityId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_surveyId_respondentId_key" ON "SurveyResponse"("surveyId", "respondentId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyAnswer_responseId_questionId_key" ON "SurveyAnswer"("responseId", "questionId");

-- CreateIndex
CREATE INDEX "Practice_municipalityId_status_idx" ON "Practice"("municipalityId", "status");

-- CreateIndex
CREATE INDEX "ExamResult_year_exam_subjectId_idx" ON "ExamResult"("year", "exam", "subjectId");

-- CreateIndex
CREATE UNIQUE INDEX "ExamResult_schoolId_year_exam_subjectId_grade_key" ON "ExamResult"("schoolId", "year", "exam", "subjectId", "grade");

-- CreateIndex
CREATE UNIQUE INDEX "AnalyticalReport_cycleId_key" ON "AnalyticalReport"("cycleId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportOrder_reportId_key" ON "ReportOrder"("reportId");

-- CreateIndex
CREATE INDEX "_SchoolToSupportEvent_B_index" ON "_SchoolToSupportEvent"("B");

-- AddForeignKey
ALTER TABLE "School" ADD CONSTRAINT "School_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SchoolContingent" ADD CONSTRAINT "SchoolContingent_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleAssignment" ADD CONSTRAINT "RoleAssignment_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cycle" ADD CONSTRAINT "Cycle_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cycle" ADD CONSTRAINT "Cycle_previousCycleId_fkey" FOREIGN KEY ("previousCycleId") REFERENCES "Cycle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CycleSchool" ADD CONSTRAINT "CycleSchool_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CycleSchool" ADD CONSTRAINT "CycleSchool_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CuratorPairing" ADD CONSTRAINT "CuratorPairing_cycleSchoolId_fkey" FOREIGN KEY ("cycleSchoolId") REFERENCES "CycleSchool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CuratorPairing" ADD CONSTRAINT "CuratorPairing_curatorId_fkey" FOREIGN KEY ("curatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MutualPair" ADD CONSTRAINT "MutualPair_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MutualPair" ADD CONSTRAINT "MutualPair_schoolAId_fkey" FOREIGN KEY ("schoolAId") REFERENCES "CycleSchool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MutualPair" ADD CONSTRAINT "MutualPair_schoolBId_fkey" FOREIGN KEY ("schoolBId") REFERENCES "CycleSchool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MutualPair" ADD CONSTRAINT "MutualPair_finalFileId_fkey" FOREIGN KEY ("finalFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskIndicator" ADD CONSTRAINT "RiskIndicator_factorId_fkey" FOREIGN KEY ("factorId") REFERENCES "RiskFactor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskProfile" ADD CONSTRAINT "RiskProfile_cycleSchoolId_fkey" FOREIGN KEY ("cycleSchoolId") REFERENCES "CycleSchool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskProfile" ADD CONSTRAINT "RiskProfile_confirmedById_fkey" FOREIGN KEY ("confirmedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskIndicatorValue" ADD CONSTRAINT "RiskIndicatorValue_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "RiskProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskIndicatorValue" ADD CONSTRAINT "RiskIndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "RiskIndicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskFactorAssessment" ADD CONSTRAINT "RiskFactorAssessment_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "RiskProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RiskFactorAssessment" ADD CONSTRAINT "RiskFactorAssessment_factorId_fkey" FOREIGN KEY ("factorId") REFERENCES "RiskFactor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramDocument" ADD CONSTRAINT "ProgramDocument_cycleSchoolId_fkey" FOREIGN KEY ("cycleSchoolId") REFERENCES "CycleSchool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramDocument" ADD CONSTRAINT "ProgramDocument_riskFactorId_fkey" FOREIGN KEY ("riskFactorId") REFERENCES "RiskFactor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRevision" ADD CONSTRAINT "DocumentRevision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ProgramDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRevision" ADD CONSTRAINT "DocumentRevision_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentTask" ADD CONSTRAINT "DocumentTask_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ProgramDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ProgramDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "DocumentTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "Measure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureStatusChange" ADD CONSTRAINT "MeasureStatusChange_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureStatusChange" ADD CONSTRAINT "MeasureStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureIndicatorReading" ADD CONSTRAINT "MeasureIndicatorReading_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureIndicatorReading" ADD CONSTRAINT "MeasureIndicatorReading_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_iomActivityId_fkey" FOREIGN KEY ("iomActivityId") REFERENCES "IomActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "ProgramDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_reviewerCycleSchoolId_fkey" FOREIGN KEY ("reviewerCycleSchoolId") REFERENCES "CycleSchool"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_mutualPairId_fkey" FOREIGN KEY ("mutualPairId") REFERENCES "MutualPair"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewScore" ADD CONSTRAINT "ReviewScore_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewScore" ADD CONSTRAINT "ReviewScore_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "ReviewCriterion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanModule" ADD CONSTRAINT "PlanModule_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MunicipalProject" ADD CONSTRAINT "MunicipalProject_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportEvent" ADD CONSTRAINT "SupportEvent_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportEvent" ADD CONSTRAINT "SupportEvent_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportEvent" ADD CONSTRAINT "SupportEvent_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "PlanModule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportEvent" ADD CONSTRAINT "SupportEvent_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "MunicipalProject"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TutorAssignment" ADD CONSTRAINT "TutorAssignment_tutorId_fkey" FOREIGN KEY ("tutorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TutorAssignment" ADD CONSTRAINT "TutorAssignment_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TutorAssignment" ADD CONSTRAINT "TutorAssignment_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_tutorId_fkey" FOREIGN KEY ("tutorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Subject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "MunicipalProject"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyDiagnostic" ADD CONSTRAINT "CompetencyDiagnostic_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyDiagnostic" ADD CONSTRAINT "CompetencyDiagnostic_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyDiagnostic" ADD CONSTRAINT "CompetencyDiagnostic_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Iom" ADD CONSTRAINT "Iom_teacherId_fkey" FOREIGN KEY ("teacherId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Iom" ADD CONSTRAINT "Iom_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Iom" ADD CONSTRAINT "Iom_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Iom" ADD CONSTRAINT "Iom_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IomActivity" ADD CONSTRAINT "IomActivity_iomId_fkey" FOREIGN KEY ("iomId") REFERENCES "Iom"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyQuestion" ADD CONSTRAINT "SurveyQuestion_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_respondentId_fkey" FOREIGN KEY ("respondentId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "SurveyResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "SurveyQuestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Practice" ADD CONSTRAINT "Practice_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeFile" ADD CONSTRAINT "PracticeFile_practiceId_fkey" FOREIGN KEY ("practiceId") REFERENCES "Practice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeFile" ADD CONSTRAINT "PracticeFile_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamResult" ADD CONSTRAINT "ExamResult_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExamResult" ADD CONSTRAINT "ExamResult_subjectId_fkey" FOREIGN KEY ("subjectId") REFERENCES "Subject"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnalyticalReport" ADD CONSTRAINT "AnalyticalReport_cycleId_fkey" FOREIGN KEY ("cycleId") REFERENCES "Cycle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnalyticalReport" ADD CONSTRAINT "AnalyticalReport_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportOrder" ADD CONSTRAINT "ReportOrder_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "AnalyticalReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SchoolToSupportEvent" ADD CONSTRAINT "_SchoolToSupportEvent_A_fkey" FOREIGN KEY ("A") REFERENCES "School"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SchoolToSupportEvent" ADD CONSTRAINT "_SchoolToSupportEvent_B_fkey" FOREIGN KEY ("B") REFERENCES "SupportEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

