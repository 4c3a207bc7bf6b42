/**
 * Test support shared by every module's tests (used with {@code <scope>test</scope>}): where the repository,
 * its bundled corpus and the optional {@code ../shared} folder of real reports are ({@link TestPaths}), and
 * optional requirements of the machine ({@link RequiresShared}, {@link RequiresChromium}, or a module's own
 * {@link RequirementCondition}) that skip a test with a one-line reason on a developer's machine and fail it
 * under CI ({@link Requirements}). {@link SkipSummary} prints, at the end of each module's tests, which groups
 * were skipped and why.
 *
 * <p>It depends on none of our modules, so corpus (the first module) can use it too.
 */
package org.jixiao.testsupport;
