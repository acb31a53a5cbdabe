import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldOfUserError, type NewCategoryDraft, newCategoryProblems } from '../../lib/new-category.ts';

const ZIP_DRAFT: NewCategoryDraft = {
  source: 'zip',
  name: 'pitting',
  imageSize: 256,
  datasetPath: '',
  zipFileName: 'pitting.zip',
};

test('a complete draft has no problems', () => {
  assert.deepEqual(newCategoryProblems(ZIP_DRAFT), {});
  assert.deepEqual(newCategoryProblems({ ...ZIP_DRAFT, source: 'path', datasetPath: '/data/pitting' }), {});
});

test('each field says what is wrong with it', () => {
  const problems = newCategoryProblems({
    ...ZIP_DRAFT,
    name: '-bad name',
    imageSize: 100,
    zipFileName: 'a.tar',
  });
  assert.deepEqual(Object.keys(problems).sort(), ['imageSize', 'name', 'zip']);
  assert.match(problems.zip ?? '', /Only \.zip/);
  assert.match(newCategoryProblems({ ...ZIP_DRAFT, zipFileName: null }).zip ?? '', /Choose a \.zip/);
  assert.ok(newCategoryProblems({ ...ZIP_DRAFT, source: 'path', datasetPath: ' ' }).datasetPath);
  // The zip is not asked for when the dataset is a folder on the server.
  assert.equal(
    newCategoryProblems({ ...ZIP_DRAFT, source: 'path', datasetPath: '/d', zipFileName: null }).zip,
    undefined,
  );
});

test('userErrors land on the field their path names', () => {
  const error = (field: string[]) => ({ field, message: 'm', code: 'INVALID_INPUT' as const });
  assert.equal(fieldOfUserError(error(['input', 'zipBase64'])), 'zip');
  assert.equal(fieldOfUserError(error(['input', 'name'])), 'name');
  assert.equal(fieldOfUserError(error(['input', 'datasetPath'])), 'datasetPath');
  assert.equal(fieldOfUserError(error([])), null);
  assert.equal(fieldOfUserError(error(['input', 'augmentationGroup'])), null);
});
