import { createRunner } from '../steps/runner.js'
import { validate } from '../steps/validate.js'

validate({ runner: createRunner(), env: process.env })
