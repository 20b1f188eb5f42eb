module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  rules: {
    // The fault matrix asserts through shared helpers named expect…(): count them as assertions.
    'jest/expect-expect': [
      'warn',
      { assertFunctionNames: ['expect', 'expect*'] },
    ],
  },
});
