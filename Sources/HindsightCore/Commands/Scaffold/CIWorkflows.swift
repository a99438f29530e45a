/// The CI files `hindsight init` writes: on a pull (merge) request, check the
/// changed post-mortems with annotations and report every finding to code
/// scanning; on the main branch, build the site and publish it to Pages.
/// docs/ci.md explains each step.
enum CIWorkflows {
    static let githubPath = ".github/workflows/postmortems.yml"
    static let gitlabPath = ".gitlab-ci.yml"

    /// The steps that put a cached `hindsight` on the PATH, building it only when the cache misses.
    static let githubInstall = """
              - name: Install libcmark and libcurl
                run: sudo apt-get update -qq && sudo apt-get install -y -qq libcmark-dev libcurl4-openssl-dev
              - uses: actions/cache@v4
                id: hindsight-cache
                with:
                  path: ~/.hindsight
                  key: hindsight-${{ runner.os }}-${{ env.HINDSIGHT_REF }}
              - name: Build Hindsight (only when the cache misses)
                if: steps.hindsight-cache.outputs.cache-hit != 'true'
                run: |
                  git init -q /tmp/hindsight-src
                  git -C /tmp/hindsight-src fetch -q --depth 1 "$HINDSIGHT_GIT" "$HINDSIGHT_REF"
                  git -C /tmp/hindsight-src checkout -q FETCH_HEAD
                  /tmp/hindsight-src/scripts/install.sh "$HOME/.hindsight"
              - run: echo "$HOME/.hindsight/bin" >> "$GITHUB_PATH"
        """

    static let github = """
        # Checks post-mortems on pull requests and publishes the site from main (docs/ci.md in Hindsight).
        name: Post-mortems

        on:
          pull_request:
          push:
            branches: [main]
          workflow_dispatch:

        env:
          # Where Hindsight's source is, and the tag or commit to build: the cache key, so pin it.
          HINDSIGHT_GIT: https://github.com/your-org/hindsight.git
          HINDSIGHT_REF: main

        jobs:
          check:
            if: github.event_name == 'pull_request'
            runs-on: ubuntu-24.04
            permissions:
              contents: read
              security-events: write
            steps:
              - uses: actions/checkout@v4
                with:
                  fetch-depth: 0
        \(githubInstall)
              - name: Check the changed post-mortems
                run: |
                  git diff --name-only --diff-filter=d "origin/${{ github.base_ref }}...HEAD" -- 'postmortems/*.md' > changed.txt
                  if [ -s changed.txt ]; then xargs -d '\\n' hindsight check --format github < changed.txt; fi
              - name: Check every post-mortem for code scanning (SARIF)
                if: always()
                run: hindsight check --format sarif > hindsight.sarif || test $? -eq 1
              - uses: github/codeql-action/upload-sarif@v3
                if: always()
                with:
                  sarif_file: hindsight.sarif
                  category: hindsight

          publish:
            if: github.event_name != 'pull_request'
            runs-on: ubuntu-24.04
            permissions:
              contents: read
              pages: write
              id-token: write
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            concurrency:
              group: pages
              cancel-in-progress: false
            steps:
              - uses: actions/checkout@v4
        \(githubInstall)
              - uses: actions/configure-pages@v5
                id: pages
              - name: Build the site
                run: hindsight build --output _site --base-url "${{ steps.pages.outputs.base_url }}/"
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: _site
              - uses: actions/deploy-pages@v4
                id: deployment

        """

    static let gitlab = """
        # Checks post-mortems on merge requests and publishes the site from the default branch
        # with GitLab Pages (docs/ci.md in Hindsight).
        variables:
          # Where Hindsight's source is, and the tag or commit to build: the cache key, so pin it.
          HINDSIGHT_GIT: https://github.com/your-org/hindsight.git
          HINDSIGHT_REF: main

        stages: [tool, check, publish]

        # Builds hindsight once per HINDSIGHT_REF; later pipelines take it from the cache.
        hindsight:
          stage: tool
          image: swift:6.3-noble
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
          cache:
            key: hindsight-$HINDSIGHT_REF
            paths: [.hindsight/]
          script:
            - |
              if [ ! -x .hindsight/bin/hindsight ]; then
                apt-get update -qq && apt-get install -y -qq libcmark-dev libcurl4-openssl-dev git
                git init -q /tmp/hindsight-src
                git -C /tmp/hindsight-src fetch -q --depth 1 "$HINDSIGHT_GIT" "$HINDSIGHT_REF"
                git -C /tmp/hindsight-src checkout -q FETCH_HEAD
                /tmp/hindsight-src/scripts/install.sh "$CI_PROJECT_DIR/.hindsight"
              fi
          artifacts:
            paths: [.hindsight/]
            expire_in: 1 day

        .with-hindsight:
          image: ubuntu:24.04
          needs: [hindsight]
          before_script:
            - apt-get update -qq && apt-get install -y -qq libcmark-dev libcurl4 git jq
            - export PATH="$CI_PROJECT_DIR/.hindsight/bin:$PATH"

        check:
          extends: .with-hindsight
          stage: check
          rules:
            - if: $CI_PIPELINE_SOURCE == "merge_request_event"
          script:
            - hindsight check --format json > hindsight.json || test $? -eq 1
            - |
              jq '[.[] | {description: .message, check_name: .rule, fingerprint: "\\(.file):\\(.line):\\(.column):\\(.rule)", severity: (if .severity == "error" then "major" else "minor" end), location: {path: .file, lines: {begin: .line}}}]' hindsight.json > gl-code-quality-report.json
            - git fetch -q origin "$CI_MERGE_REQUEST_TARGET_BRANCH_NAME"
            - git diff --name-only --diff-filter=d "origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME...HEAD" -- 'postmortems/*.md' > changed.txt
            - if [ -s changed.txt ]; then xargs -d '\\n' hindsight check < changed.txt; fi
          artifacts:
            when: always
            reports:
              codequality: gl-code-quality-report.json

        pages:
          extends: .with-hindsight
          stage: publish
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
          script:
            - hindsight build --output public --base-url "$CI_PAGES_URL/"
          artifacts:
            paths: [public]

        """
}
