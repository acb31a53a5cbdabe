/* eslint-disable */

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
import * as types from './graphql.ts';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Category($name: String!) {\n    category(name: $name) {\n      id\n      name\n      imageSize\n      augmentationGroup\n      datasetPath\n      scoreOutput\n      thresholdPolicy {\n        ...ThresholdPolicyFields\n      }\n      activeModel {\n        id\n        step\n        createdAt\n        run {\n          id\n        }\n        latestEvaluation {\n          id\n          createdAt\n          scoreOutputMetrics {\n            overall {\n              ...MetricFields\n            }\n          }\n          imageScores {\n            nodes {\n              path\n              defectType\n              defective\n              scoreOutputScore\n            }\n          }\n        }\n      }\n      activeThreshold {\n        ...ThresholdFields\n      }\n      thresholds(first: 100) {\n        nodes {\n          ...ThresholdFields\n        }\n      }\n      datasetVersions {\n        id\n        trainCount\n        testGoodCount\n        testDefectCount\n        createdAt\n      }\n    }\n  }\n': typeof types.CategoryDocument;
  '\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      ...InspectionDetail\n    }\n  }\n': typeof types.InspectionDocument;
  '\n  query Categories {\n    categories {\n      id\n      name\n      imageSize\n      augmentationGroup\n      activeModel {\n        id\n        name\n        step\n      }\n      activeThreshold {\n        version\n        value\n      }\n      datasetVersions {\n        testGoodCount\n        testDefectCount\n      }\n    }\n  }\n': typeof types.CategoriesDocument;
  '\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n': typeof types.CreateCategoryDocument;
  '\n  mutation CreateCategoryFromZip($input: CreateCategoryFromZipInput!) {\n    createCategoryFromZip(input: $input) {\n      category {\n        id\n        name\n      }\n      ignoredFiles\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n': typeof types.CreateCategoryFromZipDocument;
  '\n  mutation SetScoreOutput($category: String!, $scoreOutput: ScoreOutput!) {\n    setScoreOutput(input: { category: $category, scoreOutput: $scoreOutput }) {\n      category {\n        id\n        scoreOutput\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n': typeof types.SetScoreOutputDocument;
  '\n  mutation SetThreshold($input: SetThresholdInput!) {\n    setThreshold(input: $input) {\n      threshold {\n        ...ThresholdFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n': typeof types.SetThresholdDocument;
  '\n  fragment ThresholdFields on Threshold {\n    id\n    version\n    value\n    method\n    targetFalseAlarmRate\n    quantile\n    goodImages\n    defectiveImages\n    fallbackFrom\n    scoreOutput\n    setBy\n    reason\n    createdAt\n    model {\n      id\n    }\n  }\n': typeof types.ThresholdFieldsFragmentDoc;
  '\n  fragment ThresholdPolicyFields on ThresholdPolicy {\n    kind\n    targetFalseAlarmRate\n    quantile\n    setAt\n  }\n': typeof types.ThresholdPolicyFieldsFragmentDoc;
  '\n  mutation SetThresholdPolicy($input: SetThresholdPolicyInput!) {\n    setThresholdPolicy(input: $input) {\n      category {\n        id\n        thresholdPolicy {\n          ...ThresholdPolicyFields\n        }\n      }\n      threshold {\n        ...ThresholdFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n': typeof types.SetThresholdPolicyDocument;
  '\n  fragment LossPointFields on LossPoint {\n    step\n    stage\n    cosine\n    focal\n    l1\n    imagesPerSecond\n    elapsedSeconds\n  }\n': typeof types.LossPointFieldsFragmentDoc;
  '\n  subscription DefectDetected($category: String, $minScore: Float) {\n    defectDetected(category: $category, minScore: $minScore) {\n      ...InspectionSummary\n    }\n  }\n': typeof types.DefectDetectedDocument;
  '\n  mutation Inspect($input: InspectInput!) {\n    inspect(input: $input) {\n      inspection {\n        ...InspectionDetail\n      }\n      modelId\n      thresholdVersion\n      replayed\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n': typeof types.InspectDocument;
  '\n  fragment InspectionSummary on Inspection {\n    id\n    verdict\n    score\n    thresholdValue\n    heatmapUrl\n    overlayUrl\n    partId\n    lotId\n    stationId\n    createdAt\n    category {\n      id\n      name\n    }\n  }\n': typeof types.InspectionSummaryFragmentDoc;
  '\n  fragment InspectionDetail on Inspection {\n    ...InspectionSummary\n    imageUrl\n    destScore\n    scoreOutput\n    width\n    height\n    clientToken\n    model {\n      id\n      name\n      step\n      createdAt\n      run {\n        id\n      }\n    }\n    threshold {\n      id\n      version\n      method\n      targetFalseAlarmRate\n      quantile\n      setBy\n      createdAt\n    }\n  }\n': typeof types.InspectionDetailFragmentDoc;
  '\n  query Leaderboard($category: String!) {\n    leaderboard(category: $category) {\n      rank\n      model {\n        id\n        name\n        step\n        createdAt\n        run {\n          id\n        }\n      }\n      evaluation {\n        ...EvaluationFields\n      }\n    }\n  }\n': typeof types.LeaderboardDocument;
  '\n  fragment MetricFields on MetricReport {\n    imageAuroc\n    pixelAuroc\n    pixelAp\n    iap\n    iap90\n    aupro\n    imageF1Max {\n      f1\n      threshold\n    }\n  }\n': typeof types.MetricFieldsFragmentDoc;
  '\n  mutation CancelTrainingRun($id: ID!) {\n    cancelTrainingRun(input: { id: $id }) {\n      run {\n        ...RunSummary\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n': typeof types.CancelTrainingRunDocument;
  '\n  fragment EvaluationFields on Evaluation {\n    id\n    imageCount\n    imagesPerSecond\n    createdAt\n    seg {\n      overall {\n        ...MetricFields\n      }\n    }\n    dest {\n      overall {\n        ...MetricFields\n      }\n    }\n    fused {\n      overall {\n        ...MetricFields\n      }\n    }\n  }\n': typeof types.EvaluationFieldsFragmentDoc;
  '\n  mutation EvaluateModel($category: String!, $model: ID!) {\n    evaluateModel(input: { category: $category, model: $model }) {\n      evaluation {\n        ...EvaluationFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n': typeof types.EvaluateModelDocument;
  '\n  query TrainingRunTags {\n    trainingRunTags\n  }\n': typeof types.TrainingRunTagsDocument;
  '\n  mutation UpdateTrainingRun($input: UpdateTrainingRunInput!) {\n    updateTrainingRun(input: $input) {\n      run {\n        id\n        name\n        named\n        tags\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n': typeof types.UpdateTrainingRunDocument;
  '\n  fragment RunSummary on TrainingRun {\n    id\n    name\n    named\n    tags\n    status\n    step\n    totalSteps\n    progress\n    etaSeconds\n    backend\n    createdAt\n    startedAt\n    finishedAt\n    errorCode\n    errorMessage\n    category {\n      id\n      name\n    }\n    model {\n      id\n      name\n      latestEvaluation {\n        id\n        scoreOutputMetrics {\n          overall {\n            imageAuroc\n          }\n        }\n      }\n    }\n  }\n': typeof types.RunSummaryFragmentDoc;
  '\n  mutation StartTrainingRun($input: StartTrainingRunInput!) {\n    startTrainingRun(input: $input) {\n      run {\n        ...RunSummary\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n': typeof types.StartTrainingRunDocument;
  '\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n': typeof types.UserErrorFieldsFragmentDoc;
  '\n  query TrainingRun($id: ID!) {\n    trainingRun(id: $id) {\n      ...RunSummary\n      resumeCount\n      params {\n        imageSize\n        batchSize\n        steps\n        stage1Steps\n        seed\n        checkpointEvery\n        all\n      }\n      datasetVersion {\n        id\n        trainCount\n        testGoodCount\n        testDefectCount\n      }\n      lossCurve {\n        nodes {\n          ...LossPointFields\n        }\n      }\n      model {\n        id\n        name\n        step\n        evaluations {\n          nodes {\n            ...EvaluationFields\n          }\n        }\n      }\n    }\n  }\n': typeof types.TrainingRunDocument;
  '\n  subscription EvaluationCreated($category: String) {\n    evaluationCreated(category: $category) {\n      id\n      model {\n        id\n      }\n    }\n  }\n': typeof types.EvaluationCreatedDocument;
  '\n  subscription InspectionCreated($category: String) {\n    inspectionCreated(category: $category) {\n      ...InspectionSummary\n    }\n  }\n': typeof types.InspectionCreatedDocument;
  '\n  query TrainingRuns(\n    $first: Int\n    $after: String\n    $category: String\n    $status: RunStatus\n    $tag: String\n    $search: String\n  ) {\n    trainingRuns(\n      first: $first\n      after: $after\n      category: $category\n      status: $status\n      tag: $tag\n      search: $search\n    ) {\n      edges {\n        cursor\n        node {\n          ...RunSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n': typeof types.TrainingRunsDocument;
  '\n  subscription TrainingRunUpdated($category: String) {\n    trainingRunUpdated(category: $category) {\n      ...RunSummary\n    }\n  }\n': typeof types.TrainingRunUpdatedDocument;
  '\n  subscription TrainingProgress($runId: ID!) {\n    trainingProgress(runId: $runId) {\n      status\n      step\n      totalSteps\n      progress\n      etaSeconds\n      lossPoint {\n        ...LossPointFields\n      }\n      run {\n        id\n        status\n        backend\n        startedAt\n        finishedAt\n        errorMessage\n      }\n    }\n  }\n': typeof types.TrainingProgressDocument;
  '\n  query Viewer {\n    viewer {\n      role\n      authenticated\n    }\n  }\n': typeof types.ViewerDocument;
  '\n  query Inspections(\n    $first: Int\n    $after: String\n    $category: String\n    $verdict: Verdict\n    $since: DateTime\n    $partId: String\n    $lotId: String\n    $stationId: String\n  ) {\n    inspections(\n      first: $first\n      after: $after\n      category: $category\n      verdict: $verdict\n      since: $since\n      partId: $partId\n      lotId: $lotId\n      stationId: $stationId\n    ) {\n      edges {\n        cursor\n        node {\n          ...InspectionSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n': typeof types.InspectionsDocument;
};
const documents: Documents = {
  '\n  query Category($name: String!) {\n    category(name: $name) {\n      id\n      name\n      imageSize\n      augmentationGroup\n      datasetPath\n      scoreOutput\n      thresholdPolicy {\n        ...ThresholdPolicyFields\n      }\n      activeModel {\n        id\n        step\n        createdAt\n        run {\n          id\n        }\n        latestEvaluation {\n          id\n          createdAt\n          scoreOutputMetrics {\n            overall {\n              ...MetricFields\n            }\n          }\n          imageScores {\n            nodes {\n              path\n              defectType\n              defective\n              scoreOutputScore\n            }\n          }\n        }\n      }\n      activeThreshold {\n        ...ThresholdFields\n      }\n      thresholds(first: 100) {\n        nodes {\n          ...ThresholdFields\n        }\n      }\n      datasetVersions {\n        id\n        trainCount\n        testGoodCount\n        testDefectCount\n        createdAt\n      }\n    }\n  }\n':
    types.CategoryDocument,
  '\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      ...InspectionDetail\n    }\n  }\n':
    types.InspectionDocument,
  '\n  query Categories {\n    categories {\n      id\n      name\n      imageSize\n      augmentationGroup\n      activeModel {\n        id\n        name\n        step\n      }\n      activeThreshold {\n        version\n        value\n      }\n      datasetVersions {\n        testGoodCount\n        testDefectCount\n      }\n    }\n  }\n':
    types.CategoriesDocument,
  '\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n':
    types.CreateCategoryDocument,
  '\n  mutation CreateCategoryFromZip($input: CreateCategoryFromZipInput!) {\n    createCategoryFromZip(input: $input) {\n      category {\n        id\n        name\n      }\n      ignoredFiles\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n':
    types.CreateCategoryFromZipDocument,
  '\n  mutation SetScoreOutput($category: String!, $scoreOutput: ScoreOutput!) {\n    setScoreOutput(input: { category: $category, scoreOutput: $scoreOutput }) {\n      category {\n        id\n        scoreOutput\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n':
    types.SetScoreOutputDocument,
  '\n  mutation SetThreshold($input: SetThresholdInput!) {\n    setThreshold(input: $input) {\n      threshold {\n        ...ThresholdFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n':
    types.SetThresholdDocument,
  '\n  fragment ThresholdFields on Threshold {\n    id\n    version\n    value\n    method\n    targetFalseAlarmRate\n    quantile\n    goodImages\n    defectiveImages\n    fallbackFrom\n    scoreOutput\n    setBy\n    reason\n    createdAt\n    model {\n      id\n    }\n  }\n':
    types.ThresholdFieldsFragmentDoc,
  '\n  fragment ThresholdPolicyFields on ThresholdPolicy {\n    kind\n    targetFalseAlarmRate\n    quantile\n    setAt\n  }\n':
    types.ThresholdPolicyFieldsFragmentDoc,
  '\n  mutation SetThresholdPolicy($input: SetThresholdPolicyInput!) {\n    setThresholdPolicy(input: $input) {\n      category {\n        id\n        thresholdPolicy {\n          ...ThresholdPolicyFields\n        }\n      }\n      threshold {\n        ...ThresholdFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n':
    types.SetThresholdPolicyDocument,
  '\n  fragment LossPointFields on LossPoint {\n    step\n    stage\n    cosine\n    focal\n    l1\n    imagesPerSecond\n    elapsedSeconds\n  }\n':
    types.LossPointFieldsFragmentDoc,
  '\n  subscription DefectDetected($category: String, $minScore: Float) {\n    defectDetected(category: $category, minScore: $minScore) {\n      ...InspectionSummary\n    }\n  }\n':
    types.DefectDetectedDocument,
  '\n  mutation Inspect($input: InspectInput!) {\n    inspect(input: $input) {\n      inspection {\n        ...InspectionDetail\n      }\n      modelId\n      thresholdVersion\n      replayed\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n':
    types.InspectDocument,
  '\n  fragment InspectionSummary on Inspection {\n    id\n    verdict\n    score\n    thresholdValue\n    heatmapUrl\n    overlayUrl\n    partId\n    lotId\n    stationId\n    createdAt\n    category {\n      id\n      name\n    }\n  }\n':
    types.InspectionSummaryFragmentDoc,
  '\n  fragment InspectionDetail on Inspection {\n    ...InspectionSummary\n    imageUrl\n    destScore\n    scoreOutput\n    width\n    height\n    clientToken\n    model {\n      id\n      name\n      step\n      createdAt\n      run {\n        id\n      }\n    }\n    threshold {\n      id\n      version\n      method\n      targetFalseAlarmRate\n      quantile\n      setBy\n      createdAt\n    }\n  }\n':
    types.InspectionDetailFragmentDoc,
  '\n  query Leaderboard($category: String!) {\n    leaderboard(category: $category) {\n      rank\n      model {\n        id\n        name\n        step\n        createdAt\n        run {\n          id\n        }\n      }\n      evaluation {\n        ...EvaluationFields\n      }\n    }\n  }\n':
    types.LeaderboardDocument,
  '\n  fragment MetricFields on MetricReport {\n    imageAuroc\n    pixelAuroc\n    pixelAp\n    iap\n    iap90\n    aupro\n    imageF1Max {\n      f1\n      threshold\n    }\n  }\n':
    types.MetricFieldsFragmentDoc,
  '\n  mutation CancelTrainingRun($id: ID!) {\n    cancelTrainingRun(input: { id: $id }) {\n      run {\n        ...RunSummary\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n':
    types.CancelTrainingRunDocument,
  '\n  fragment EvaluationFields on Evaluation {\n    id\n    imageCount\n    imagesPerSecond\n    createdAt\n    seg {\n      overall {\n        ...MetricFields\n      }\n    }\n    dest {\n      overall {\n        ...MetricFields\n      }\n    }\n    fused {\n      overall {\n        ...MetricFields\n      }\n    }\n  }\n':
    types.EvaluationFieldsFragmentDoc,
  '\n  mutation EvaluateModel($category: String!, $model: ID!) {\n    evaluateModel(input: { category: $category, model: $model }) {\n      evaluation {\n        ...EvaluationFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n':
    types.EvaluateModelDocument,
  '\n  query TrainingRunTags {\n    trainingRunTags\n  }\n': types.TrainingRunTagsDocument,
  '\n  mutation UpdateTrainingRun($input: UpdateTrainingRunInput!) {\n    updateTrainingRun(input: $input) {\n      run {\n        id\n        name\n        named\n        tags\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n':
    types.UpdateTrainingRunDocument,
  '\n  fragment RunSummary on TrainingRun {\n    id\n    name\n    named\n    tags\n    status\n    step\n    totalSteps\n    progress\n    etaSeconds\n    backend\n    createdAt\n    startedAt\n    finishedAt\n    errorCode\n    errorMessage\n    category {\n      id\n      name\n    }\n    model {\n      id\n      name\n      latestEvaluation {\n        id\n        scoreOutputMetrics {\n          overall {\n            imageAuroc\n          }\n        }\n      }\n    }\n  }\n':
    types.RunSummaryFragmentDoc,
  '\n  mutation StartTrainingRun($input: StartTrainingRunInput!) {\n    startTrainingRun(input: $input) {\n      run {\n        ...RunSummary\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n':
    types.StartTrainingRunDocument,
  '\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n':
    types.UserErrorFieldsFragmentDoc,
  '\n  query TrainingRun($id: ID!) {\n    trainingRun(id: $id) {\n      ...RunSummary\n      resumeCount\n      params {\n        imageSize\n        batchSize\n        steps\n        stage1Steps\n        seed\n        checkpointEvery\n        all\n      }\n      datasetVersion {\n        id\n        trainCount\n        testGoodCount\n        testDefectCount\n      }\n      lossCurve {\n        nodes {\n          ...LossPointFields\n        }\n      }\n      model {\n        id\n        name\n        step\n        evaluations {\n          nodes {\n            ...EvaluationFields\n          }\n        }\n      }\n    }\n  }\n':
    types.TrainingRunDocument,
  '\n  subscription EvaluationCreated($category: String) {\n    evaluationCreated(category: $category) {\n      id\n      model {\n        id\n      }\n    }\n  }\n':
    types.EvaluationCreatedDocument,
  '\n  subscription InspectionCreated($category: String) {\n    inspectionCreated(category: $category) {\n      ...InspectionSummary\n    }\n  }\n':
    types.InspectionCreatedDocument,
  '\n  query TrainingRuns(\n    $first: Int\n    $after: String\n    $category: String\n    $status: RunStatus\n    $tag: String\n    $search: String\n  ) {\n    trainingRuns(\n      first: $first\n      after: $after\n      category: $category\n      status: $status\n      tag: $tag\n      search: $search\n    ) {\n      edges {\n        cursor\n        node {\n          ...RunSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n':
    types.TrainingRunsDocument,
  '\n  subscription TrainingRunUpdated($category: String) {\n    trainingRunUpdated(category: $category) {\n      ...RunSummary\n    }\n  }\n':
    types.TrainingRunUpdatedDocument,
  '\n  subscription TrainingProgress($runId: ID!) {\n    trainingProgress(runId: $runId) {\n      status\n      step\n      totalSteps\n      progress\n      etaSeconds\n      lossPoint {\n        ...LossPointFields\n      }\n      run {\n        id\n        status\n        backend\n        startedAt\n        finishedAt\n        errorMessage\n      }\n    }\n  }\n':
    types.TrainingProgressDocument,
  '\n  query Viewer {\n    viewer {\n      role\n      authenticated\n    }\n  }\n': types.ViewerDocument,
  '\n  query Inspections(\n    $first: Int\n    $after: String\n    $category: String\n    $verdict: Verdict\n    $since: DateTime\n    $partId: String\n    $lotId: String\n    $stationId: String\n  ) {\n    inspections(\n      first: $first\n      after: $after\n      category: $category\n      verdict: $verdict\n      since: $since\n      partId: $partId\n      lotId: $lotId\n      stationId: $stationId\n    ) {\n      edges {\n        cursor\n        node {\n          ...InspectionSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n':
    types.InspectionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Category($name: String!) {\n    category(name: $name) {\n      id\n      name\n      imageSize\n      augmentationGroup\n      datasetPath\n      scoreOutput\n      thresholdPolicy {\n        ...ThresholdPolicyFields\n      }\n      activeModel {\n        id\n        step\n        createdAt\n        run {\n          id\n        }\n        latestEvaluation {\n          id\n          createdAt\n          scoreOutputMetrics {\n            overall {\n              ...MetricFields\n            }\n          }\n          imageScores {\n            nodes {\n              path\n              defectType\n              defective\n              scoreOutputScore\n            }\n          }\n        }\n      }\n      activeThreshold {\n        ...ThresholdFields\n      }\n      thresholds(first: 100) {\n        nodes {\n          ...ThresholdFields\n        }\n      }\n      datasetVersions {\n        id\n        trainCount\n        testGoodCount\n        testDefectCount\n        createdAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Category($name: String!) {\n    category(name: $name) {\n      id\n      name\n      imageSize\n      augmentationGroup\n      datasetPath\n      scoreOutput\n      thresholdPolicy {\n        ...ThresholdPolicyFields\n      }\n      activeModel {\n        id\n        step\n        createdAt\n        run {\n          id\n        }\n        latestEvaluation {\n          id\n          createdAt\n          scoreOutputMetrics {\n            overall {\n              ...MetricFields\n            }\n          }\n          imageScores {\n            nodes {\n              path\n              defectType\n              defective\n              scoreOutputScore\n            }\n          }\n        }\n      }\n      activeThreshold {\n        ...ThresholdFields\n      }\n      thresholds(first: 100) {\n        nodes {\n          ...ThresholdFields\n        }\n      }\n      datasetVersions {\n        id\n        trainCount\n        testGoodCount\n        testDefectCount\n        createdAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      ...InspectionDetail\n    }\n  }\n',
): (typeof documents)['\n  query Inspection($id: ID!) {\n    inspection(id: $id) {\n      ...InspectionDetail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Categories {\n    categories {\n      id\n      name\n      imageSize\n      augmentationGroup\n      activeModel {\n        id\n        name\n        step\n      }\n      activeThreshold {\n        version\n        value\n      }\n      datasetVersions {\n        testGoodCount\n        testDefectCount\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Categories {\n    categories {\n      id\n      name\n      imageSize\n      augmentationGroup\n      activeModel {\n        id\n        name\n        step\n      }\n      activeThreshold {\n        version\n        value\n      }\n      datasetVersions {\n        testGoodCount\n        testDefectCount\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateCategoryFromZip($input: CreateCategoryFromZipInput!) {\n    createCategoryFromZip(input: $input) {\n      category {\n        id\n        name\n      }\n      ignoredFiles\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateCategoryFromZip($input: CreateCategoryFromZipInput!) {\n    createCategoryFromZip(input: $input) {\n      category {\n        id\n        name\n      }\n      ignoredFiles\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetScoreOutput($category: String!, $scoreOutput: ScoreOutput!) {\n    setScoreOutput(input: { category: $category, scoreOutput: $scoreOutput }) {\n      category {\n        id\n        scoreOutput\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetScoreOutput($category: String!, $scoreOutput: ScoreOutput!) {\n    setScoreOutput(input: { category: $category, scoreOutput: $scoreOutput }) {\n      category {\n        id\n        scoreOutput\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetThreshold($input: SetThresholdInput!) {\n    setThreshold(input: $input) {\n      threshold {\n        ...ThresholdFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetThreshold($input: SetThresholdInput!) {\n    setThreshold(input: $input) {\n      threshold {\n        ...ThresholdFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ThresholdFields on Threshold {\n    id\n    version\n    value\n    method\n    targetFalseAlarmRate\n    quantile\n    goodImages\n    defectiveImages\n    fallbackFrom\n    scoreOutput\n    setBy\n    reason\n    createdAt\n    model {\n      id\n    }\n  }\n',
): (typeof documents)['\n  fragment ThresholdFields on Threshold {\n    id\n    version\n    value\n    method\n    targetFalseAlarmRate\n    quantile\n    goodImages\n    defectiveImages\n    fallbackFrom\n    scoreOutput\n    setBy\n    reason\n    createdAt\n    model {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ThresholdPolicyFields on ThresholdPolicy {\n    kind\n    targetFalseAlarmRate\n    quantile\n    setAt\n  }\n',
): (typeof documents)['\n  fragment ThresholdPolicyFields on ThresholdPolicy {\n    kind\n    targetFalseAlarmRate\n    quantile\n    setAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetThresholdPolicy($input: SetThresholdPolicyInput!) {\n    setThresholdPolicy(input: $input) {\n      category {\n        id\n        thresholdPolicy {\n          ...ThresholdPolicyFields\n        }\n      }\n      threshold {\n        ...ThresholdFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SetThresholdPolicy($input: SetThresholdPolicyInput!) {\n    setThresholdPolicy(input: $input) {\n      category {\n        id\n        thresholdPolicy {\n          ...ThresholdPolicyFields\n        }\n      }\n      threshold {\n        ...ThresholdFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LossPointFields on LossPoint {\n    step\n    stage\n    cosine\n    focal\n    l1\n    imagesPerSecond\n    elapsedSeconds\n  }\n',
): (typeof documents)['\n  fragment LossPointFields on LossPoint {\n    step\n    stage\n    cosine\n    focal\n    l1\n    imagesPerSecond\n    elapsedSeconds\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription DefectDetected($category: String, $minScore: Float) {\n    defectDetected(category: $category, minScore: $minScore) {\n      ...InspectionSummary\n    }\n  }\n',
): (typeof documents)['\n  subscription DefectDetected($category: String, $minScore: Float) {\n    defectDetected(category: $category, minScore: $minScore) {\n      ...InspectionSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Inspect($input: InspectInput!) {\n    inspect(input: $input) {\n      inspection {\n        ...InspectionDetail\n      }\n      modelId\n      thresholdVersion\n      replayed\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Inspect($input: InspectInput!) {\n    inspect(input: $input) {\n      inspection {\n        ...InspectionDetail\n      }\n      modelId\n      thresholdVersion\n      replayed\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InspectionSummary on Inspection {\n    id\n    verdict\n    score\n    thresholdValue\n    heatmapUrl\n    overlayUrl\n    partId\n    lotId\n    stationId\n    createdAt\n    category {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment InspectionSummary on Inspection {\n    id\n    verdict\n    score\n    thresholdValue\n    heatmapUrl\n    overlayUrl\n    partId\n    lotId\n    stationId\n    createdAt\n    category {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InspectionDetail on Inspection {\n    ...InspectionSummary\n    imageUrl\n    destScore\n    scoreOutput\n    width\n    height\n    clientToken\n    model {\n      id\n      name\n      step\n      createdAt\n      run {\n        id\n      }\n    }\n    threshold {\n      id\n      version\n      method\n      targetFalseAlarmRate\n      quantile\n      setBy\n      createdAt\n    }\n  }\n',
): (typeof documents)['\n  fragment InspectionDetail on Inspection {\n    ...InspectionSummary\n    imageUrl\n    destScore\n    scoreOutput\n    width\n    height\n    clientToken\n    model {\n      id\n      name\n      step\n      createdAt\n      run {\n        id\n      }\n    }\n    threshold {\n      id\n      version\n      method\n      targetFalseAlarmRate\n      quantile\n      setBy\n      createdAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Leaderboard($category: String!) {\n    leaderboard(category: $category) {\n      rank\n      model {\n        id\n        name\n        step\n        createdAt\n        run {\n          id\n        }\n      }\n      evaluation {\n        ...EvaluationFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Leaderboard($category: String!) {\n    leaderboard(category: $category) {\n      rank\n      model {\n        id\n        name\n        step\n        createdAt\n        run {\n          id\n        }\n      }\n      evaluation {\n        ...EvaluationFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MetricFields on MetricReport {\n    imageAuroc\n    pixelAuroc\n    pixelAp\n    iap\n    iap90\n    aupro\n    imageF1Max {\n      f1\n      threshold\n    }\n  }\n',
): (typeof documents)['\n  fragment MetricFields on MetricReport {\n    imageAuroc\n    pixelAuroc\n    pixelAp\n    iap\n    iap90\n    aupro\n    imageF1Max {\n      f1\n      threshold\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelTrainingRun($id: ID!) {\n    cancelTrainingRun(input: { id: $id }) {\n      run {\n        ...RunSummary\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelTrainingRun($id: ID!) {\n    cancelTrainingRun(input: { id: $id }) {\n      run {\n        ...RunSummary\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EvaluationFields on Evaluation {\n    id\n    imageCount\n    imagesPerSecond\n    createdAt\n    seg {\n      overall {\n        ...MetricFields\n      }\n    }\n    dest {\n      overall {\n        ...MetricFields\n      }\n    }\n    fused {\n      overall {\n        ...MetricFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment EvaluationFields on Evaluation {\n    id\n    imageCount\n    imagesPerSecond\n    createdAt\n    seg {\n      overall {\n        ...MetricFields\n      }\n    }\n    dest {\n      overall {\n        ...MetricFields\n      }\n    }\n    fused {\n      overall {\n        ...MetricFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation EvaluateModel($category: String!, $model: ID!) {\n    evaluateModel(input: { category: $category, model: $model }) {\n      evaluation {\n        ...EvaluationFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation EvaluateModel($category: String!, $model: ID!) {\n    evaluateModel(input: { category: $category, model: $model }) {\n      evaluation {\n        ...EvaluationFields\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingRunTags {\n    trainingRunTags\n  }\n',
): (typeof documents)['\n  query TrainingRunTags {\n    trainingRunTags\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateTrainingRun($input: UpdateTrainingRunInput!) {\n    updateTrainingRun(input: $input) {\n      run {\n        id\n        name\n        named\n        tags\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateTrainingRun($input: UpdateTrainingRunInput!) {\n    updateTrainingRun(input: $input) {\n      run {\n        id\n        name\n        named\n        tags\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment RunSummary on TrainingRun {\n    id\n    name\n    named\n    tags\n    status\n    step\n    totalSteps\n    progress\n    etaSeconds\n    backend\n    createdAt\n    startedAt\n    finishedAt\n    errorCode\n    errorMessage\n    category {\n      id\n      name\n    }\n    model {\n      id\n      name\n      latestEvaluation {\n        id\n        scoreOutputMetrics {\n          overall {\n            imageAuroc\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment RunSummary on TrainingRun {\n    id\n    name\n    named\n    tags\n    status\n    step\n    totalSteps\n    progress\n    etaSeconds\n    backend\n    createdAt\n    startedAt\n    finishedAt\n    errorCode\n    errorMessage\n    category {\n      id\n      name\n    }\n    model {\n      id\n      name\n      latestEvaluation {\n        id\n        scoreOutputMetrics {\n          overall {\n            imageAuroc\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartTrainingRun($input: StartTrainingRunInput!) {\n    startTrainingRun(input: $input) {\n      run {\n        ...RunSummary\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation StartTrainingRun($input: StartTrainingRunInput!) {\n    startTrainingRun(input: $input) {\n      run {\n        ...RunSummary\n      }\n      userErrors {\n        ...UserErrorFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n',
): (typeof documents)['\n  fragment UserErrorFields on UserError {\n    field\n    message\n    code\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingRun($id: ID!) {\n    trainingRun(id: $id) {\n      ...RunSummary\n      resumeCount\n      params {\n        imageSize\n        batchSize\n        steps\n        stage1Steps\n        seed\n        checkpointEvery\n        all\n      }\n      datasetVersion {\n        id\n        trainCount\n        testGoodCount\n        testDefectCount\n      }\n      lossCurve {\n        nodes {\n          ...LossPointFields\n        }\n      }\n      model {\n        id\n        name\n        step\n        evaluations {\n          nodes {\n            ...EvaluationFields\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrainingRun($id: ID!) {\n    trainingRun(id: $id) {\n      ...RunSummary\n      resumeCount\n      params {\n        imageSize\n        batchSize\n        steps\n        stage1Steps\n        seed\n        checkpointEvery\n        all\n      }\n      datasetVersion {\n        id\n        trainCount\n        testGoodCount\n        testDefectCount\n      }\n      lossCurve {\n        nodes {\n          ...LossPointFields\n        }\n      }\n      model {\n        id\n        name\n        step\n        evaluations {\n          nodes {\n            ...EvaluationFields\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription EvaluationCreated($category: String) {\n    evaluationCreated(category: $category) {\n      id\n      model {\n        id\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription EvaluationCreated($category: String) {\n    evaluationCreated(category: $category) {\n      id\n      model {\n        id\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription InspectionCreated($category: String) {\n    inspectionCreated(category: $category) {\n      ...InspectionSummary\n    }\n  }\n',
): (typeof documents)['\n  subscription InspectionCreated($category: String) {\n    inspectionCreated(category: $category) {\n      ...InspectionSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TrainingRuns(\n    $first: Int\n    $after: String\n    $category: String\n    $status: RunStatus\n    $tag: String\n    $search: String\n  ) {\n    trainingRuns(\n      first: $first\n      after: $after\n      category: $category\n      status: $status\n      tag: $tag\n      search: $search\n    ) {\n      edges {\n        cursor\n        node {\n          ...RunSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n',
): (typeof documents)['\n  query TrainingRuns(\n    $first: Int\n    $after: String\n    $category: String\n    $status: RunStatus\n    $tag: String\n    $search: String\n  ) {\n    trainingRuns(\n      first: $first\n      after: $after\n      category: $category\n      status: $status\n      tag: $tag\n      search: $search\n    ) {\n      edges {\n        cursor\n        node {\n          ...RunSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription TrainingRunUpdated($category: String) {\n    trainingRunUpdated(category: $category) {\n      ...RunSummary\n    }\n  }\n',
): (typeof documents)['\n  subscription TrainingRunUpdated($category: String) {\n    trainingRunUpdated(category: $category) {\n      ...RunSummary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  subscription TrainingProgress($runId: ID!) {\n    trainingProgress(runId: $runId) {\n      status\n      step\n      totalSteps\n      progress\n      etaSeconds\n      lossPoint {\n        ...LossPointFields\n      }\n      run {\n        id\n        status\n        backend\n        startedAt\n        finishedAt\n        errorMessage\n      }\n    }\n  }\n',
): (typeof documents)['\n  subscription TrainingProgress($runId: ID!) {\n    trainingProgress(runId: $runId) {\n      status\n      step\n      totalSteps\n      progress\n      etaSeconds\n      lossPoint {\n        ...LossPointFields\n      }\n      run {\n        id\n        status\n        backend\n        startedAt\n        finishedAt\n        errorMessage\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Viewer {\n    viewer {\n      role\n      authenticated\n    }\n  }\n',
): (typeof documents)['\n  query Viewer {\n    viewer {\n      role\n      authenticated\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Inspections(\n    $first: Int\n    $after: String\n    $category: String\n    $verdict: Verdict\n    $since: DateTime\n    $partId: String\n    $lotId: String\n    $stationId: String\n  ) {\n    inspections(\n      first: $first\n      after: $after\n      category: $category\n      verdict: $verdict\n      since: $since\n      partId: $partId\n      lotId: $lotId\n      stationId: $stationId\n    ) {\n      edges {\n        cursor\n        node {\n          ...InspectionSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query Inspections(\n    $first: Int\n    $after: String\n    $category: String\n    $verdict: Verdict\n    $since: DateTime\n    $partId: String\n    $lotId: String\n    $stationId: String\n  ) {\n    inspections(\n      first: $first\n      after: $after\n      category: $category\n      verdict: $verdict\n      since: $since\n      partId: $partId\n      lotId: $lotId\n      stationId: $stationId\n    ) {\n      edges {\n        cursor\n        node {\n          ...InspectionSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
