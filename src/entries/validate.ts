import { createRunner } from '../runner.js'
import { validate } from '../validate.js'

validate({ runner: createRunner(), env: process.env })
