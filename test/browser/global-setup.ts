/**
 * Vitest globalSetup of the `browser` project: runs once per `vitest run`, and only when browser test
 * files are selected, so `vitest run test/report` never builds the app. Teardown runs whether the tests
 * pass or fail; the server and the build are also killed if the run is interrupted.
 */
import type { TestProject } from 'vitest/node';
import { ADMIN_TOKEN, acquireLock, buildApp, startServer } from './app-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the app under test answers, e.g. http://127.0.0.1:41234 (no trailing slash). */
    baseURL: string;
    /** NIANBAO_ADMIN_TOKEN of the server under test, for the upload and admin pages. */
    adminToken: string;
    /** DATABASE_URL of the server under test. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const release = await acquireLock();
  try {
    await buildApp();
    const server = await startServer();
    project.provide('baseURL', server.baseURL);
    project.provide('adminToken', ADMIN_TOKEN);
    project.provide('databaseUrl', server.databaseUrl);
    return async () => {
      try {
        await server.stop();
      } finally {
        release();
      }
    };
  } catch (e) {
    release();
    throw e;
  }
}
