/**
 * Every GraphQL operation the dashboard sends, written against packages/schema/schema.graphql and typed
 * with the result shapes in types.ts.
 */
import type {
  CreateCategoryFromZipInput,
  CreateCategoryInput,
  InspectInput,
  RunStatus,
  ScoreOutput,
  SetThresholdInput,
  SetThresholdPolicyInput,
  StartTrainingRunInput,
  UpdateTrainingRunInput,
  Verdict,
} from '@destseg/schema';
import { gql } from 'urql';
import type {
  CategoryDetail,
  CategoryScoreOutput,
  CategorySummary,
  Connection,
  EvaluationFields,
  InspectionDetail,
  InspectionSummary,
  LeaderboardRow,
  RunDetail,
  RunSummary,
  ThresholdFields,
  ThresholdPolicyFields,
  TrainingProgressEvent,
  UserErrorFields,
  ViewerFields,
} from './types.ts';

const METRIC_FIELDS = gql`
  fragment MetricFields on MetricReport {
    imageAuroc
    pixelAuroc
    pixelAp
    iap
    iap90
    aupro
    imageF1Max {
      f1
      threshold
    }
  }
`;

const EVALUATION_FIELDS = gql`
  fragment EvaluationFields on Evaluation {
    id
    imageCount
    imagesPerSecond
    createdAt
    seg {
      overall {
        ...MetricFields
      }
    }
    dest {
      overall {
        ...MetricFields
      }
    }
    fused {
      overall {
        ...MetricFields
      }
    }
  }
  ${METRIC_FIELDS}
`;

const LOSS_POINT_FIELDS = gql`
  fragment LossPointFields on LossPoint {
    step
    stage
    cosine
    focal
    l1
    imagesPerSecond
    elapsedSeconds
  }
`;

const RUN_SUMMARY = gql`
  fragment RunSummary on TrainingRun {
    id
    name
    named
    tags
    status
    step
    totalSteps
    progress
    etaSeconds
    backend
    createdAt
    startedAt
    finishedAt
    errorCode
    errorMessage
    category {
      id
      name
    }
    model {
      id
      name
      latestEvaluation {
        id
        chosen {
          overall {
            imageAuroc
          }
        }
      }
    }
  }
`;

const THRESHOLD_FIELDS = gql`
  fragment ThresholdFields on Threshold {
    id
    version
    value
    method
    targetFalseAlarmRate
    quantile
    goodImages
    defectiveImages
    fallbackFrom
    scoreOutput
    setBy
    reason
    createdAt
    model {
      id
    }
  }
`;

const THRESHOLD_POLICY_FIELDS = gql`
  fragment ThresholdPolicyFields on ThresholdPolicy {
    kind
    targetFalseAlarmRate
    quantile
    setAt
  }
`;

const INSPECTION_SUMMARY = gql`
  fragment InspectionSummary on Inspection {
    id
    verdict
    score
    thresholdValue
    heatmapUrl
    overlayUrl
    partId
    lotId
    stationId
    createdAt
    category {
      id
      name
    }
  }
`;

const INSPECTION_DETAIL = gql`
  fragment InspectionDetail on Inspection {
    ...InspectionSummary
    imageUrl
    destScore
    scoreOutput
    width
    height
    clientToken
    model {
      id
      name
      step
      createdAt
      run {
        id
      }
    }
    threshold {
      id
      version
      method
      targetFalseAlarmRate
      quantile
      setBy
      createdAt
    }
  }
  ${INSPECTION_SUMMARY}
`;

const USER_ERRORS = gql`
  fragment UserErrorFields on UserError {
    field
    message
    code
  }
`;

export const ViewerQuery = gql<{ viewer: ViewerFields }>`
  query Viewer {
    viewer {
      role
      authenticated
    }
  }
`;

export const CategoriesQuery = gql<{ categories: CategorySummary[] }>`
  query Categories {
    categories {
      id
      name
      imageSize
      augmentationGroup
      activeModel {
        id
        name
        step
      }
      activeThreshold {
        version
        value
      }
      datasetVersions {
        testGoodCount
        testDefectCount
      }
    }
  }
`;

export const LeaderboardQuery = gql<{ leaderboard: LeaderboardRow[] }, { category: string }>`
  query Leaderboard($category: String!) {
    leaderboard(category: $category) {
      rank
      model {
        id
        name
        step
        createdAt
        run {
          id
        }
      }
      evaluation {
        ...EvaluationFields
      }
    }
  }
  ${EVALUATION_FIELDS}
`;

export interface TrainingRunsVariables {
  first?: number;
  after?: string | null;
  category?: string | null;
  status?: RunStatus | null;
  tag?: string | null;
  search?: string | null;
}

export const TrainingRunsQuery = gql<{ trainingRuns: Connection<RunSummary> }, TrainingRunsVariables>`
  query TrainingRuns(
    $first: Int
    $after: String
    $category: String
    $status: RunStatus
    $tag: String
    $search: String
  ) {
    trainingRuns(
      first: $first
      after: $after
      category: $category
      status: $status
      tag: $tag
      search: $search
    ) {
      edges {
        cursor
        node {
          ...RunSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
  ${RUN_SUMMARY}
`;

export const TrainingRunTagsQuery = gql<{ trainingRunTags: string[] }>`
  query TrainingRunTags {
    trainingRunTags
  }
`;

export const TrainingRunQuery = gql<{ trainingRun: RunDetail | null }, { id: string }>`
  query TrainingRun($id: ID!) {
    trainingRun(id: $id) {
      ...RunSummary
      resumeCount
      params {
        imageSize
        batchSize
        steps
        stage1Steps
        seed
        checkpointEvery
        all
      }
      datasetVersion {
        id
        trainCount
        testGoodCount
        testDefectCount
      }
      lossCurve {
        ...LossPointFields
      }
      model {
        id
        name
        step
        evaluations {
          ...EvaluationFields
        }
      }
    }
  }
  ${RUN_SUMMARY}
  ${LOSS_POINT_FIELDS}
  ${EVALUATION_FIELDS}
`;

export const TrainingProgressSubscription = gql<
  { trainingProgress: TrainingProgressEvent },
  { runId: string }
>`
  subscription TrainingProgress($runId: ID!) {
    trainingProgress(runId: $runId) {
      status
      step
      totalSteps
      progress
      etaSeconds
      lossPoint {
        ...LossPointFields
      }
      run {
        id
        status
        backend
        startedAt
        finishedAt
        errorMessage
      }
    }
  }
  ${LOSS_POINT_FIELDS}
`;

export const TrainingRunUpdatedSubscription = gql<
  { trainingRunUpdated: RunSummary },
  { category?: string | null }
>`
  subscription TrainingRunUpdated($category: String) {
    trainingRunUpdated(category: $category) {
      ...RunSummary
    }
  }
  ${RUN_SUMMARY}
`;

/** What the new-category form needs back: the name to open the category's page. */
export const CreateCategoryMutation = gql<
  { createCategory: { category: { id: string; name: string } | null; userErrors: UserErrorFields[] } },
  { input: CreateCategoryInput }
>`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      category {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERRORS}
`;

export const CreateCategoryFromZipMutation = gql<
  {
    createCategoryFromZip: {
      category: { id: string; name: string } | null;
      ignoredFiles: string[];
      userErrors: UserErrorFields[];
    };
  },
  { input: CreateCategoryFromZipInput }
>`
  mutation CreateCategoryFromZip($input: CreateCategoryFromZipInput!) {
    createCategoryFromZip(input: $input) {
      category {
        id
        name
      }
      ignoredFiles
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERRORS}
`;

export const StartTrainingRunMutation = gql<
  { startTrainingRun: { run: RunSummary | null; userErrors: UserErrorFields[] } },
  { input: StartTrainingRunInput }
>`
  mutation StartTrainingRun($input: StartTrainingRunInput!) {
    startTrainingRun(input: $input) {
      run {
        ...RunSummary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${RUN_SUMMARY}
  ${USER_ERRORS}
`;

export const UpdateTrainingRunMutation = gql<
  {
    updateTrainingRun: {
      run: Pick<RunSummary, 'id' | 'name' | 'named' | 'tags'> | null;
      userErrors: UserErrorFields[];
    };
  },
  { input: UpdateTrainingRunInput }
>`
  mutation UpdateTrainingRun($input: UpdateTrainingRunInput!) {
    updateTrainingRun(input: $input) {
      run {
        id
        name
        named
        tags
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERRORS}
`;

export const CancelTrainingRunMutation = gql<
  { cancelTrainingRun: { run: RunSummary | null; userErrors: UserErrorFields[] } },
  { id: string }
>`
  mutation CancelTrainingRun($id: ID!) {
    cancelTrainingRun(input: { id: $id }) {
      run {
        ...RunSummary
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${RUN_SUMMARY}
  ${USER_ERRORS}
`;

export const EvaluateModelMutation = gql<
  { evaluateModel: { evaluation: EvaluationFields | null; userErrors: UserErrorFields[] } },
  { category: string; model: string }
>`
  mutation EvaluateModel($category: String!, $model: ID!) {
    evaluateModel(input: { category: $category, model: $model }) {
      evaluation {
        ...EvaluationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${EVALUATION_FIELDS}
  ${USER_ERRORS}
`;

export interface InspectionsVariables {
  first?: number;
  after?: string | null;
  category?: string | null;
  verdict?: Verdict | null;
  since?: string | null;
  partId?: string | null;
  lotId?: string | null;
  stationId?: string | null;
}

export const InspectionsQuery = gql<
  { inspections: Connection<InspectionSummary> & { totalCount: number } },
  InspectionsVariables
>`
  query Inspections(
    $first: Int
    $after: String
    $category: String
    $verdict: Verdict
    $since: DateTime
    $partId: String
    $lotId: String
    $stationId: String
  ) {
    inspections(
      first: $first
      after: $after
      category: $category
      verdict: $verdict
      since: $since
      partId: $partId
      lotId: $lotId
      stationId: $stationId
    ) {
      edges {
        cursor
        node {
          ...InspectionSummary
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
  ${INSPECTION_SUMMARY}
`;

export const InspectionQuery = gql<{ inspection: InspectionDetail | null }, { id: string }>`
  query Inspection($id: ID!) {
    inspection(id: $id) {
      ...InspectionDetail
    }
  }
  ${INSPECTION_DETAIL}
`;

export const InspectionCreatedSubscription = gql<
  { inspectionCreated: InspectionSummary },
  { category?: string | null }
>`
  subscription InspectionCreated($category: String) {
    inspectionCreated(category: $category) {
      ...InspectionSummary
    }
  }
  ${INSPECTION_SUMMARY}
`;

export const DefectDetectedSubscription = gql<
  { defectDetected: InspectionSummary },
  { category?: string | null; minScore?: number | null }
>`
  subscription DefectDetected($category: String, $minScore: Float) {
    defectDetected(category: $category, minScore: $minScore) {
      ...InspectionSummary
    }
  }
  ${INSPECTION_SUMMARY}
`;

export const CategoryQuery = gql<{ category: CategoryDetail | null }, { name: string }>`
  query Category($name: String!) {
    category(name: $name) {
      id
      name
      imageSize
      augmentationGroup
      datasetPath
      scoreOutput
      thresholdPolicy {
        ...ThresholdPolicyFields
      }
      activeModel {
        id
        step
        createdAt
        run {
          id
        }
        latestEvaluation {
          id
          createdAt
          chosen {
            overall {
              ...MetricFields
            }
          }
          imageScores {
            path
            defectType
            defective
            chosenScore
          }
        }
      }
      activeThreshold {
        ...ThresholdFields
      }
      thresholds {
        ...ThresholdFields
      }
      datasetVersions {
        id
        trainCount
        testGoodCount
        testDefectCount
        createdAt
      }
    }
  }
  ${THRESHOLD_FIELDS}
  ${THRESHOLD_POLICY_FIELDS}
  ${METRIC_FIELDS}
`;

export const EvaluationCreatedSubscription = gql<
  { evaluationCreated: { id: string; model: { id: string } } },
  { category?: string | null }
>`
  subscription EvaluationCreated($category: String) {
    evaluationCreated(category: $category) {
      id
      model {
        id
      }
    }
  }
`;

export const SetThresholdMutation = gql<
  { setThreshold: { threshold: ThresholdFields | null; userErrors: UserErrorFields[] } },
  { input: SetThresholdInput }
>`
  mutation SetThreshold($input: SetThresholdInput!) {
    setThreshold(input: $input) {
      threshold {
        ...ThresholdFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${THRESHOLD_FIELDS}
  ${USER_ERRORS}
`;

export const SetThresholdPolicyMutation = gql<
  {
    setThresholdPolicy: {
      category: { id: string; thresholdPolicy: ThresholdPolicyFields } | null;
      threshold: ThresholdFields | null;
      userErrors: UserErrorFields[];
    };
  },
  { input: SetThresholdPolicyInput }
>`
  mutation SetThresholdPolicy($input: SetThresholdPolicyInput!) {
    setThresholdPolicy(input: $input) {
      category {
        id
        thresholdPolicy {
          ...ThresholdPolicyFields
        }
      }
      threshold {
        ...ThresholdFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${THRESHOLD_FIELDS}
  ${THRESHOLD_POLICY_FIELDS}
  ${USER_ERRORS}
`;

export const SetScoreOutputMutation = gql<
  { setScoreOutput: { category: CategoryScoreOutput | null; userErrors: UserErrorFields[] } },
  { category: string; scoreOutput: ScoreOutput }
>`
  mutation SetScoreOutput($category: String!, $scoreOutput: ScoreOutput!) {
    setScoreOutput(input: { category: $category, scoreOutput: $scoreOutput }) {
      category {
        id
        scoreOutput
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${USER_ERRORS}
`;

export const InspectMutation = gql<
  {
    inspect: {
      inspection: InspectionDetail | null;
      modelVersion: string | null;
      thresholdVersion: number | null;
      replayed: boolean;
      userErrors: UserErrorFields[];
    };
  },
  { input: InspectInput }
>`
  mutation Inspect($input: InspectInput!) {
    inspect(input: $input) {
      inspection {
        ...InspectionDetail
      }
      modelVersion
      thresholdVersion
      replayed
      userErrors {
        ...UserErrorFields
      }
    }
  }
  ${INSPECTION_DETAIL}
  ${USER_ERRORS}
`;
